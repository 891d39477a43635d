/**
 * The stylesheet embedded in every exported article: readable on screen, clean on paper, no
 * external font or file. Its hash is allowed by the export's CSP and by the app's (for the preview
 * frame); test/unit/shared/render/export-stylesheet.test.ts checks that the two agree.
 */
export const exportStylesheet = `
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #1a1a1a; font: 18px/1.6 "Noto Serif", Georgia, "Times New Roman", serif; }
article { max-width: 42rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
.dateline { margin: 0 0 .5rem; color: #555; font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
h1 { margin: 0 0 1rem; font-size: 1.9rem; line-height: 1.25; }
h2 { font-size: 1.4rem; line-height: 1.3; margin: 2rem 0 .75rem; }
h3 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
.sapo { font-size: 1.05em; }
figure { margin: 1.5rem 0; }
img { display: block; max-width: 100%; height: auto; margin: 0 auto; }
figcaption { margin-top: .5rem; color: #444; font: italic 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; text-align: center; }
.credit { font-style: normal; }
blockquote { margin: 1.5rem 0; padding: .25rem 1rem; border-left: 4px solid #b3b3b3; color: #333; }
table { border-collapse: collapse; width: 100%; margin: 1.5rem 0; }
th, td { border: 1px solid #999; padding: .35rem .5rem; vertical-align: top; text-align: left; }
a { color: #0645ad; }
hr { border: 0; border-top: 1px solid #ccc; margin: 2rem 0; }
.byline { margin-top: 1.5rem; text-align: right; font-weight: bold; }
.related, .comments { margin-top: 2.5rem; padding-top: 1rem; border-top: 2px solid #ddd; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.related h2, .comments h2 { margin-top: 0; font-size: 1.15rem; }
.comments ol { list-style: none; padding: 0; }
.comments li { margin: 0 0 1rem; }
.comment-author { margin: 0; font-weight: bold; }
.comment-author time { font-weight: normal; color: #555; }
@media print {
  body { font-size: 11pt; color: #000; }
  article { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: underline; }
  figure, blockquote, table, img { break-inside: avoid; }
  h1, h2, h3, h4 { break-after: avoid; }
  .related, .comments { break-before: auto; }
}
`;

/** The CSP source that allows exactly `exportStylesheet` as an inline style. */
export const exportStylesheetHash = "'sha256-i6wTECZG/GyWa88dY42ovwXB1tGv7Ac3lbqtMevkJnQ='";
