import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonText, markUnchangingJson } from '../../../../renderer/api/json-text';

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
});
