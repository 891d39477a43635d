import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model/document';
import { renderBodyHtml } from '../../../../shared/render/body-html';

const noImages = () => null;
const text = (value: string, ...marks: Array<string | { type: string; attrs?: Record<string, unknown> }>): DocNode => ({
  type: 'text',
  text: value,
  ...(marks.length > 0 ? { marks: marks.map((mark) => (typeof mark === 'string' ? { type: mark } : mark)) } : {}),
});
const link = (href: string) => ({ type: 'link', attrs: { href, target: '_blank', class: 'x', rel: 'opener', onclick: 'alert(1)' } });
const paragraph = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content });
const doc = (...content: DocNode[]): DocNode => ({ type: 'doc', content });
const render = (...content: DocNode[]) => renderBodyHtml(doc(...content), noImages);

describe('renderBodyHtml', () => {
  it('writes every block of the schema as its semantic element', () => {
    expect(
      render(
        { type: 'heading', attrs: { level: 2 }, content: [text('Hai')] },
        { type: 'heading', attrs: { level: 3 }, content: [text('Ba')] },
        { type: 'heading', attrs: { level: 4 }, content: [text('Bốn')] },
        { type: 'blockquote', content: [paragraph(text('Trích'))] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('a'))] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [paragraph(text('b')), { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph(text('c'))] }] }] }] },
        { type: 'horizontalRule' },
        paragraph(text('x'), { type: 'hardBreak' }, text('y')),
      ),
    ).toBe(
      '<h2>Hai</h2>\n<h3>Ba</h3>\n<h4>Bốn</h4>\n<blockquote>\n<p>Trích</p>\n</blockquote>\n<ul>\n<li>a</li>\n</ul>\n' +
        '<ol start="3">\n<li>\n<p>b</p>\n<ul>\n<li>c</li>\n</ul>\n</li>\n</ol>\n<hr>\n<p>x<br>y</p>\n',
    );
  });

  it('keeps the one h1 for the headline: body heading levels are held to 2–4 and never skipped', () => {
    expect(render({ type: 'heading', attrs: { level: 1 }, content: [text('a')] }, { type: 'heading', attrs: { level: 6 }, content: [text('b')] })).toBe('<h2>a</h2>\n<h3>b</h3>\n');
    const heading = (level: number, value: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(value)] });
    expect(render(heading(4, 'a'), heading(4, 'b'), { type: 'blockquote', content: [heading(4, 'c')] }, heading(2, 'd'), heading(4, 'e'))).toBe(
      '<h2>a</h2>\n<h2>b</h2>\n<blockquote>\n<h2>c</h2>\n</blockquote>\n<h2>d</h2>\n<h3>e</h3>\n',
    );
  });

  it('nests marks in one fixed order and shares one link across a run', () => {
    expect(render(paragraph(text('a', 'underline', 'italic', 'bold'), text('b', link('https://x.vn/?a=1&b=2')), text('c', 'bold', link('https://x.vn/?a=1&b=2'))))).toBe(
      '<p><strong><em><u>a</u></em></strong><a href="https://x.vn/?a=1&amp;b=2">b<strong>c</strong></a></p>\n',
    );
  });

  it('keeps only http, https and mailto links, and never their other attributes', () => {
    const html = render(
      paragraph(
        text('web', link('http://a.vn')),
        text(' mail', link('mailto:toasoan@a.vn')),
        text(' js', link('javascript:alert(1)')),
        text(' data', link('data:text/html,<script>alert(1)</script>')),
        text(' rel', link('/relative')),
      ),
    );
    expect(html).toBe('<p><a href="http://a.vn">web</a><a href="mailto:toasoan@a.vn"> mail</a> js data rel</p>\n');
  });

  it('escapes text and drops characters HTML does not allow', () => {
    expect(render(paragraph(text('<script>alert("x")</script> & \u0000\u0007\uFFFF ok')))).toBe('<p>&lt;script&gt;alert("x")&lt;/script&gt; &amp;  ok</p>\n');
  });

  it('writes text in NFC', () => {
    expect(render(paragraph(text('Hoa\u0300 bi\u0300nh')))).toBe('<p>Hoà bình</p>\n');
  });

  it('keeps the words of nodes it does not know, and nothing else of them', () => {
    const html = render(
      { type: 'mystery', attrs: { onclick: 'alert(1)', class: 'x' }, content: [text('lạ'), { type: 'widget', attrs: { style: 'x' }, content: [text(' vẫn giữ')] }] },
      paragraph(text('mark', { type: 'strike' }, { type: 'code' }, { type: 'highlight', attrs: { color: 'red' } })),
    );
    expect(html).toBe('<p>lạ vẫn giữ</p>\n<p>mark</p>\n');
  });

  it('drops empty paragraphs, headings, lists and quotes', () => {
    expect(render(paragraph(), { type: 'heading', attrs: { level: 2 } }, { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph()] }] }, { type: 'blockquote', content: [paragraph()] })).toBe('');
  });

  it('writes a figure with its image, caption and credit, or its caption alone when the image is missing', () => {
    const image = (hash: string) => (hash === 'a'.repeat(64) ? { src: 'images/1.jpg', width: 800, height: 600 } : null);
    const figure = (attrs: Record<string, unknown>): DocNode => ({ type: 'figure', attrs: { caption: '', credit: '', alt: '', featured: false, ...attrs } });
    expect(
      renderBodyHtml(
        doc(
          figure({ hash: 'a'.repeat(64), caption: 'Đại biểu "dự" hội nghị', credit: 'Quang Huy', alt: 'Hội trường' }),
          figure({ hash: 'b'.repeat(64), caption: 'Chỉ có chú thích', credit: 'Ảnh: Minh Khang' }),
          figure({ hash: '' }),
        ),
        image,
      ),
    ).toBe(
      '<figure>\n<img src="images/1.jpg" alt="Hội trường" width="800" height="600">\n' +
        '<figcaption><span class="caption">Đại biểu "dự" hội nghị</span> <span class="credit">Ảnh: Quang Huy</span></figcaption>\n</figure>\n' +
        '<figure>\n<figcaption><span class="caption">Chỉ có chú thích</span> <span class="credit">Ảnh: Minh Khang</span></figcaption>\n</figure>\n',
    );
  });

  it('writes tables with a header row as thead', () => {
    const cell = (type: string, value: string, attrs: Record<string, unknown> = {}): DocNode => ({ type, attrs, content: [paragraph(text(value))] });
    expect(
      render({
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Năm'), cell('tableHeader', 'Số hội')] },
          { type: 'tableRow', content: [cell('tableCell', '2012'), cell('tableCell', '15', { colspan: 2, onclick: 'x' })] },
        ],
      }),
    ).toBe('<table>\n<thead>\n<tr><th scope="col">Năm</th><th scope="col">Số hội</th></tr>\n</thead>\n<tbody>\n<tr><td>2012</td><td colspan="2">15</td></tr>\n</tbody>\n</table>\n');
  });
});
