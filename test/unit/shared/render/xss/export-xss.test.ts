import { describe, expect, it } from 'vitest';
import { renderArticleDocument, renderArticleFragment } from '../../../../../shared/render/article-html';
import { isAllowedLinkUrl } from '../../../../../shared/schema/allowed-link';
import { exportStylesheet } from '../../../../../shared/render/export-stylesheet';
import { visibleLine } from './expected-text';
import { articleInput, benignHref, benignText, everywhere, hostileBodyInput, textFields } from './placement';
import { payloadGroups, payloadLabel, payloads, xssMarker } from './payloads';
import { dangerousScheme, elementShape, foreignClasses, parseExport, schemeView, staticProblems } from './static-check';

/** The element structure without line breaks: a payload's own newlines legitimately become <br>. */
const shapeWithoutBreaks = (document: Document) => elementShape(document).filter((line) => line.trim() !== '<br>');

const baseline = parseExport(renderArticleDocument(articleInput()));

describe('the XSS corpus', () => {
  it('holds at least 150 distinct payloads from public lists, each group with its source and licence', () => {
    const external = payloadGroups.filter((group) => group.source.startsWith('https://'));
    const externalCount = new Set(external.flatMap((group) => group.payloads)).size;
    expect(externalCount).toBeGreaterThanOrEqual(150);
    expect(payloads.length).toBeGreaterThanOrEqual(200);
    for (const group of payloadGroups) {
      expect(group.licence, group.name).not.toBe('');
      expect(group.payloads.length, group.name).toBeGreaterThan(0);
    }
  });
});

describe('the static checks themselves', () => {
  it('see through entities, controls, white space and case in URLs', () => {
    const document = parseExport('<a href="&#x6A;ava&#9;scr&#x0A;ipt:alert(1)">x</a><a href=" \u0001JaVaScRiPt:alert(1)">y</a><img src="data:image/png;base64,AA" alt="">');
    expect([...document.querySelectorAll('a')].map((a) => dangerousScheme(a.getAttribute('href')!))).toEqual(['javascript:', 'javascript:']);
    expect(schemeView('\u2028 Data:Text/HTML,x')).toBe('data:text/html,x');
    expect(dangerousScheme(document.querySelector('img')!.getAttribute('src')!)).toBe('data:');
  });

  it('report a script, a handler, a javascript: link, a frame and a meta refresh', () => {
    const problems = staticProblems(
      parseExport(
        '<!doctype html><html><head><title>t</title><meta http-equiv="refresh" content="0;url=x"></head><body onload="x()"><script>alert(1)</script><a href="vbscript:x">v</a><iframe></iframe><svg></svg></body></html>',
      ),
    );
    for (const expected of [/<script> of type null/, /http-equiv="refresh"/, /event handler attribute onload/, /vbscript: URL/, /<iframe> element/, /<svg> in namespace/]) {
      expect(problems.some((problem) => expected.test(problem)), String(expected)).toBe(true);
    }
  });
});

describe('an export with a payload in every text field and as the body link address', () => {
  // Whether the link survives is the link policy's call (tested below); the rest of the structure never changes.
  const baselineWithoutLink = parseExport(renderArticleDocument(articleInput({ href: 'javascript:void(0)' })));
  const baselineShape = (href: string) => shapeWithoutBreaks(isAllowedLinkUrl(href) ? baseline : baselineWithoutLink);

  it.each(payloads.map((payload) => [payloadLabel(payload), payload] as const))('%s', (_label, payload) => {
    const html = renderArticleDocument(articleInput({ texts: everywhere(payload.text), href: payload.text }));
    const document = parseExport(html);
    const headline = visibleLine(payload.text) || '(Chưa có tiêu đề)';
    expect(staticProblems(document, { title: headline, description: visibleLine(payload.text) })).toEqual([]);
    expect(shapeWithoutBreaks(document)).toEqual(baselineShape(payload.text));
    expect(document.querySelector('h1')?.textContent).toBe(headline);
    expect(foreignClasses(document, exportStylesheet)).toEqual([]);
    for (const anchor of document.querySelectorAll('article a')) {
      expect(schemeView(anchor.getAttribute('href') ?? '')).toMatch(/^(https?:\/\/|mailto:)/u);
    }
  });
});

describe('the body fragment ("Sao chép HTML") with a payload in every field and as the link address', () => {
  it.each(payloads.map((payload) => [payloadLabel(payload), payload] as const))('%s', (_label, payload) => {
    const fragment = renderArticleFragment(articleInput({ texts: everywhere(payload.text), href: payload.text }));
    const document = parseExport(`<!doctype html><html lang="vi"><head><title>t</title></head><body>${fragment}</body></html>`);
    expect(staticProblems(document, undefined, 'fragment')).toEqual([]);
    expect(document.body.querySelector('h1, header, style, meta, title')).toBeNull();
  });
});

describe('the body link address', () => {
  it('keeps http, https and mailto links and drops every other scheme, relative and protocol-relative address', () => {
    const survives = (href: string) => {
      const document = parseExport(renderArticleDocument(articleInput({ href })));
      return [...document.querySelectorAll('article a')].some((a) => a.textContent === benignText.linkText);
    };
    expect(['https://example.com/a', 'http://example.com/', 'mailto:toasoan@example.com', ' https://example.com/trim '].map(survives)).toEqual([true, true, true, true]);
    const dropped = ['javascript:alert(1)', 'ftp://example.com/', 'tel:0123', '//example.com/x', '/tin-tuc/a', '#top', 'data:text/html,x', 'file:///etc/passwd', 'https://exa mple.com', ''];
    expect(dropped.filter(survives)).toEqual([]);
  });
});

describe('a body with nodes, marks and attributes the schema does not have', () => {
  const html = renderArticleDocument(hostileBodyInput());
  const document = parseExport(html);

  it('is rebuilt from the schema: nothing but its words comes through', () => {
    expect(staticProblems(document, { title: benignText.headline, description: benignText.sapo })).toEqual([]);
    expect(foreignClasses(document, exportStylesheet)).toEqual([]);
    const attributeValues = [...document.querySelectorAll('body *')].flatMap((element) => [...element.attributes].map((attribute) => `${element.localName} ${attribute.name}=${attribute.value}`));
    expect(attributeValues.filter((value) => /alert|evil|javascript|opener|_blank|color:red/iu.test(value))).toEqual([]);
    expect(html).not.toMatch(/<(code|pre|blink|iframe|image|script(?! type="application\/ld\+json"))\b/iu);
  });

  it('keeps one h1 (the headline) and puts body headings at levels 2 to 4', () => {
    expect([...document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual([benignText.headline]);
    expect(document.querySelectorAll('h5, h6').length).toBe(0);
    expect(html).not.toMatch(/<h[7-9]/u);
  });

  it('writes an ordered list start only as an integer', () => {
    for (const list of document.querySelectorAll('ol[start]')) expect(list.getAttribute('start')).toMatch(/^-?\d+$/u);
  });

  it('keeps the words of unknown nodes as text', () => {
    const text = document.body.textContent ?? '';
    for (const words of ['trong thẻ lạ', 'đoạn có thuộc tính lạ', 'chữ có dấu lạ', 'liên kết có thuộc tính lạ', 'tiêu đề cấp 1', '<script>alert(1)</script>']) {
      expect(text).toContain(words);
    }
  });
});

describe('fields the store checks before saving, should a bad value reach the renderer anyway', () => {
  const breakout = `"><img src=x onerror=alert('${xssMarker}')><script>alert(1)</script>`;

  it('escape a date that starts like a date but goes on (defence in depth: "Every field is escaped")', () => {
    const input = articleInput();
    const document = parseExport(renderArticleDocument({ ...input, article: { ...input.article, date: `2024-03-29${breakout}` } }));
    expect(staticProblems(document, { title: benignText.headline, description: benignText.sapo })).toEqual([]);
    expect(document.querySelectorAll('img').length).toBe(1);
  });

  it('escape or drop odd timestamps, related addresses and image sources', () => {
    const input = articleInput();
    const document = parseExport(
      renderArticleDocument({
        ...input,
        article: { ...input.article, createdAt: breakout, updatedAt: `2024-03-29T10:30:00.000Z${breakout}` },
        image: () => ({ src: `images/a.jpg${breakout}`, width: 1, height: 1 }),
        relatedHref: () => `bai-7.html${breakout}`,
        comments: { total: 1, items: [{ author: 'Lan', createdAt: breakout, body: 'x' }] },
      }),
    );
    expect(staticProblems(document, { title: benignText.headline, description: benignText.sapo })).toEqual([]);
    expect(document.querySelectorAll('img').length).toBe(1);
  });
});

describe('a payload in one field at a time', () => {
  // A breakout from each context the renderer writes text into (script, title, double- and single-quoted
  // attribute, element), in each field alone: the combined exports above cover the rest of the corpus.
  const breakouts = [`</script><script>console.log('${xssMarker}')</script>`, '</title><script>', '" onmouseover="', "' onfocus='", '"><img src=x onerror=', '\u2028\u2029</script>'];
  const contextual = payloads.filter((payload) => breakouts.some((breakout) => payload.text.includes(breakout)));
  it.each(textFields)('%s', (field) => {
    expect(contextual.length).toBeGreaterThanOrEqual(breakouts.length);
    for (const payload of contextual) {
      const document = parseExport(renderArticleDocument(articleInput({ texts: { [field]: payload.text } })));
      const headline = field === 'headline' ? visibleLine(payload.text) : benignText.headline;
      const description = field === 'sapo' ? visibleLine(payload.text) : benignText.sapo;
      expect(staticProblems(document, { title: headline, description }), payloadLabel(payload)).toEqual([]);
    }
  });

  it('leaves the benign article with its link', () => {
    expect([...baseline.querySelectorAll('article a')].map((a) => a.getAttribute('href'))).toContain(benignHref);
  });
});
