import { JSDOM } from 'jsdom';
import { DOMParser as ProseMirrorDomParser } from '@tiptap/pm/model';
import { limits } from '../../../shared/api/limits';
import type { DocNode } from '../../../shared/model/document';
import type { ImportedArticle, ImportWarning } from '../../../shared/model/import';
import { articleSchema } from '../../../shared/schema/article-extensions';
import { assembleImportedArticle } from './assemble-imported-article';
import { detectArticleStructure } from './article-structure';
import { formatCalendarDate } from './dateline-line';
import { FigureDrafts } from './figure-drafts';
import { chooseArticleRoot } from './html-article-root';
import { cleanLinks, inlineStylesToElements, removeChromeBlocks, removeUnsafeMarkup, simplifyElements, stripAttributes } from './html-cleaning';
import { elementText, textNodesUnder } from './html-dom';
import { type EmbeddedImages, replaceFiguresAndImages } from './html-figures';
import { findHtmlLead, readHtmlBylines, readHtmlHeadline, readHtmlPublishedDate } from './html-metadata';
import { importVirtualConsole } from './import-virtual-console';
import { importWarning } from './import-warnings';
import { createTextPreparer } from './text-preparation';
import { importedArticleTexts, textLeftOutWarning } from './text-coverage';

/** Where the HTML came from, for what may be expected of it. */
export interface HtmlArticleOptions {
  /** Images referred to by a `src` that is a key of this map (a Word file's embedded images). */
  embeddedImages?: EmbeddedImages;
  /** HTML converted from a Word file: no page around the article, no <title> to fall back on. */
  fromWordDocument?: boolean;
}

const textAttributes = ['alt', 'title', 'content'];

/** Converts legacy-encoded and decomposed text in every text node and text attribute of the document. */
function prepareDocumentText(document: Document): ImportWarning[] {
  const preparer = createTextPreparer(`${document.title}\n${document.body.textContent ?? ''}`);
  for (const node of textNodesUnder(document.documentElement)) {
    const text = node.data;
    const prepared = preparer.convert(text);
    if (prepared !== text) node.data = prepared;
  }
  for (const element of document.querySelectorAll(textAttributes.map((name) => `[${name}]`).join(','))) {
    for (const name of textAttributes) {
      const value = element.getAttribute(name);
      if (value !== null) element.setAttribute(name, preparer.convert(value));
    }
  }
  return preparer.warnings();
}

function baseUrlOf(document: Document): string | null {
  const declared =
    document.querySelector('base[href]')?.getAttribute('href') ??
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    document.querySelector('meta[property="og:url"]')?.getAttribute('content') ??
    null;
  if (!declared) return null;
  try {
    const url = new URL(declared);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A page's `<style>` elements, content and all (their content is raw text up to the first `</style`). */
const styleElements = /<style\b[^>]*>[\s\S]*?<\/style\s*>/giu;

/**
 * The page as jsdom builds it. jsdom's CSS parser throws on some broken stylesheets (an unclosed
 * `@import url(`) instead of reporting them; import drops stylesheets anyway, so such a page is
 * parsed again with its `<style>` elements emptied (the text check still compares what is read).
 */
function parsedPage(html: string): JSDOM {
  try {
    return new JSDOM(html, { virtualConsole: importVirtualConsole() });
  } catch {
    return new JSDOM(html.replace(styleElements, '<style></style>'), { virtualConsole: importVirtualConsole() });
  }
}

/**
 * Reads an article from HTML: a saved article page or a fragment (or a Word file's HTML). Scripts,
 * styles, frames, controls, classes, inline styles and page chrome are dropped (forms and
 * <noscript> are unwrapped, their content kept); headings, paragraphs,
 * lists, quotes, bold, italic, underline, safe links and figures are kept, parsed with the article
 * schema so the body is valid. The headline comes from the h1 (or og:title, <title>), the lead from
 * an element marked as such or a paragraph with a source prefix, the byline from author markup or
 * a last name-only line. When much of the chosen container's text is in neither the article nor
 * the chrome left out, the first warning says so ('text-left-out').
 */
export function parseHtmlArticle(html: string, options: HtmlArticleOptions = {}): ImportedArticle {
  const warnings: ImportWarning[] = [];
  const { window } = parsedPage(html);
  const document = window.document;
  try {
    warnings.push(...removeUnsafeMarkup(document.body));
    const baseUrl = baseUrlOf(document);
    warnings.push(...prepareDocumentText(document));

    const root = chooseArticleRoot(document);
    // What a reader sees of the article, to be found again in the import; and what is left out on purpose.
    const sourceText = textNodesUnder(root).map((node) => node.data).join(' ');
    const dropped: string[] = [];
    const headline = readHtmlHeadline(document, root);
    const headlineFromPage = headline && !(options.fromWordDocument && headline.source !== 'h1') ? headline : null;
    if (headlineFromPage?.source === 'title' || headlineFromPage?.source === 'og:title') {
      warnings.push(importWarning('headline-guessed', headlineFromPage.text));
    }
    const headlineContainer = headlineFromPage?.element?.parentElement ?? null;
    if (headlineFromPage?.element && root.contains(headlineFromPage.element)) headlineFromPage.element.remove();

    const leadElement = findHtmlLead(root, headlineContainer, limits.sapo);
    const sapo = leadElement ? elementText(leadElement) : undefined;
    if (leadElement && root.contains(leadElement)) leadElement.remove();

    const bylines = readHtmlBylines(document, root);
    for (const element of bylines.elements) {
      dropped.push(elementText(element));
      element.remove();
    }

    warnings.push(...removeChromeBlocks(root, [], dropped));
    inlineStylesToElements(root);
    const drafts = new FigureDrafts();
    warnings.push(...replaceFiguresAndImages(root, drafts, options.embeddedImages));
    warnings.push(...simplifyElements(root));
    warnings.push(...cleanLinks(root, baseUrl));
    stripAttributes(root);

    const parsed = ProseMirrorDomParser.fromSchema(articleSchema()).parse(root);
    const blocks = ((parsed.toJSON() as DocNode).content ?? []).map((block) => block);
    const structure = detectArticleStructure(
      blocks,
      {
        ...(headlineFromPage ? { headline: headlineFromPage.text } : {}),
        ...(sapo !== undefined ? { sapo } : {}),
        bylines: bylines.names,
        textCopiedOffPage: false,
      },
      drafts,
    );
    if (!structure.dateline) {
      const published = readHtmlPublishedDate(document, root);
      if (published) {
        structure.dateline = published;
        structure.warnings.push(importWarning('dateline-detected', formatCalendarDate(published)));
      }
    }
    const article = assembleImportedArticle(structure, drafts, warnings);
    const leftOut = textLeftOutWarning(sourceText, importedArticleTexts(article), dropped);
    if (leftOut) article.warnings.unshift(leftOut);
    return article;
  } finally {
    window.close();
  }
}

/** Whether a text holds any HTML markup at all (a tag or an entity), rather than plain text saved as .html. */
export function looksLikeHtml(text: string): boolean {
  return /<\s*\/?\s*[a-z!][^>]*>/iu.test(text);
}
