import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonPartLength } from '../../../../shared/api/json-parts';
import { jsonText, jsonTextParts, markUnchangingJson } from '../../../../renderer/api/json-text';

describe('jsonText', () => {
  it('writes the same text as JSON.stringify for any JSON data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonText(value)).toBe(JSON.stringify(value));
        expect(jsonText({ fields: { body: value } })).toBe(JSON.stringify({ fields: { body: value } }));
      }),
      { numRuns: 300 },
    );
  });

  it('leaves out undefined members and functions, writes them as null in arrays, and uses toJSON and JSON.stringify for the rest', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, () => 1, Number.NaN], d: new Date(0), e: Object.create(null) as object, f: -0 };
    expect(jsonText(value)).toBe(JSON.stringify(value));
  });

  it('writes a part marked as unchanging once, and reuses that text in later calls', () => {
    const block = { type: 'paragraph', content: [{ type: 'text', text: 'Sáng ngày 29' }] };
    markUnchangingJson(block);
    const first = jsonText({ body: { type: 'doc', content: [block] } });
    expect(first).toBe(JSON.stringify({ body: { type: 'doc', content: [block] } }));
    // Never done by its owners: it shows that the text kept from the first call is what is sent.
    block.content[0]!.text = 'changed';
    expect(jsonText({ body: { type: 'doc', content: [block, { type: 'paragraph' }] } })).toBe(
      '{"body":{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Sáng ngày 29"}]},{"type":"paragraph"}]}}',
    );
    const unmarked = { type: 'paragraph', content: [{ type: 'text', text: 'một' }] };
    expect(jsonText([unmarked])).toBe(JSON.stringify([unmarked]));
    unmarked.content[0]!.text = 'hai';
    expect(jsonText([unmarked])).toBe(JSON.stringify([unmarked]));
  });

  it('gives the same text in parts, cut between values, none far above the part length unless one value is', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(jsonTextParts(value).join('')).toBe(JSON.stringify(value));
      }),
      { numRuns: 200 },
    );
    const blocks = Array.from({ length: 400 }, (_, index) => ({ type: 'paragraph', content: [{ type: 'text', text: `Đoạn ${index} `.repeat(40) }] }));
    blocks.slice(0, 200).forEach((block) => markUnchangingJson(block));
    const huge = { type: 'paragraph', content: [{ type: 'text', text: 'ư'.repeat(3 * jsonPartLength) }] };
    const args = { id: 1, expectedVersion: 3, kind: 'autosave', fields: { body: { type: 'doc', content: [...blocks.slice(0, 100), huge, ...blocks.slice(100)] } } };
    const parts = jsonTextParts(args);
    expect(parts.join('')).toBe(JSON.stringify(args));
    expect(parts.length).toBeGreaterThan(5);
    const hugeText = JSON.stringify(huge);
    for (const part of parts) expect(part.length <= 2 * jsonPartLength || part.includes(hugeText.slice(0, 100))).toBe(true);
    expect(jsonTextParts(undefined)).toEqual(['null']);
  });
});
