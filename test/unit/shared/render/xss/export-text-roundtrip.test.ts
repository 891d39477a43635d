import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderArticleDocument } from '../../../../../shared/render/article-html';
import { visibleLine, visibleText } from './expected-text';
import { articleInput, benignText, textFields, type TextField } from './placement';
import { elementShape, parseExport, staticProblems } from './static-check';

/** Pieces that have broken escapers: markup, quotes, entities, controls, separators, BOM, noncharacters, lone surrogates, combining marks. */
const trickyPieces = [
  '<', '>', '&', '"', "'", '`', '=', '/', '\\', ' ', '  ', '\n', '\r', '\r\n', '\t', '\f', '\v',
  '\u0000', '\u0001', '\u001f', '\u007f', '\u0085', '\u009f', '\u00a0', '\u00ad', '\u200b', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe', '\uffff', '\ufdd0',
  '\ud800', '\udfff', '\u{1f600}', '\u{10ffff}', 'e\u0301', '\u0301', 'A\u0323\u0302', 'ệ', 'Đ', 'ư',
  '</script>', '</SCRIPT', '<!--', '-->', ']]>', '<script>', '</title>', '</style>', '&amp;', '&lt;', '&#0;', '&#x3c;', '\\u003c', '</', 'javascript:', '"};',
];

const fieldText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...trickyPieces), maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

/**
 * Every field's text between guards, so that a field never cleans down to nothing (an empty field
 * leaves its element out, a different, deliberate structure) and no field starts with another
 * (a sapo that starts with the source prefix is printed without a second one).
 */
const guarded = (index: number) => (text: string) => `Q${String(index).padStart(2, '0')}${text}Z`;
const allFields = fc.record(Object.fromEntries(textFields.map((field, index) => [field, fieldText.map(guarded(index))])) as Record<TextField, fc.Arbitrary<string>>);

const withoutBreaks = (shape: string[]) => shape.filter((line) => line.trim() !== '<br>');
const baselineShape = withoutBreaks(elementShape(parseExport(renderArticleDocument(articleInput()))));

/** Body text as a reader sees it: line feeds are written as <br>, which has no text. */
const bodyText = (value: string) => visibleText(value).replace(/\n/gu, '');

describe('arbitrary text in every field', () => {
  it('parses back to the same element structure, with every text shown exactly as typed', () => {
    fc.assert(
      fc.property(allFields, (texts) => {
        const document = parseExport(renderArticleDocument(articleInput({ texts })));
        const line = (field: TextField) => visibleLine(texts[field]);
        const textOf = (selector: string) => document.querySelector(selector)?.textContent;
        const metaOf = (property: string) => [...document.querySelectorAll(`meta[property="${property}"]`)].map((meta) => meta.getAttribute('content'));

        expect(staticProblems(document, { title: line('headline'), description: line('sapo') })).toEqual([]);
        expect(withoutBreaks(elementShape(document))).toEqual(baselineShape);

        expect(textOf('h1')).toBe(line('headline'));
        expect(textOf('.sapo strong')).toBe(`${line('sourcePrefix')} - ${bodyText(texts.sapo)}`);
        expect(textOf('.dateline .place')).toBe(line('datelinePlace'));
        expect(textOf('article > p:not([class])')).toBe(bodyText(texts.paragraph));
        expect(textOf('article > h2')).toBe(bodyText(texts.heading));
        expect(textOf('article > p:not([class]) ~ p:not([class]) strong')).toBe(bodyText(texts.boldText));
        expect(textOf('article a[href^="https://thanhuytphcm.vn/tin-tuc/cau"]')).toBe(bodyText(texts.linkText));
        expect(textOf('article > ul > li > p')).toBe(bodyText(texts.listItem));
        expect(textOf('article > ul ol[start="3"] > li')).toBe(bodyText(texts.orderedListItem));
        expect(textOf('article > blockquote > p')).toBe(bodyText(texts.blockquote));
        expect(document.querySelector('figure img')?.getAttribute('alt')).toBe(visibleText(texts.alt));
        expect(textOf('figcaption .caption')).toBe(visibleText(texts.caption));
        expect(textOf('figcaption .credit')).toBe(`Ảnh: ${visibleText(texts.credit)}`);
        expect(textOf('.byline')).toBe(visibleLine(`${texts.writerName} - ${texts.writerPenName} - Nhóm PV - Ảnh: ${texts.photographerName} - Theo ${texts.bylineSource}`));
        expect(textOf('.related li')).toBe(line('relatedHeadline'));
        expect(textOf('.comments .comment-author')?.startsWith(`${line('commentAuthor')} `)).toBe(true);
        expect(textOf('.comments li > p:not([class])')).toBe(bodyText(texts.commentBody));
        expect(metaOf('article:section')).toEqual([line('categoryName')]);
        expect(metaOf('article:tag')[0]).toBe(line('tag'));

        const jsonLd = JSON.parse(document.querySelector('script')?.textContent ?? '') as Record<string, unknown>;
        expect(jsonLd.headline).toBe(line('headline'));
        expect(jsonLd.description).toBe(line('sapo'));
        expect(jsonLd.articleSection).toBe(line('categoryName'));
        expect(jsonLd.dateline).toBe(line('datelinePlace'));
        expect(String(jsonLd.keywords).startsWith(`${line('tag')}, `)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('checks the benign article the same way', () => {
    const document = parseExport(renderArticleDocument(articleInput()));
    expect(document.querySelector('h1')?.textContent).toBe(benignText.headline);
    expect(document.querySelector('.sapo strong')?.textContent).toBe(`${benignText.sourcePrefix} - ${benignText.sapo}`);
  });
});
