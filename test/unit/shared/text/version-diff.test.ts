import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../../shared/model/document';
import { compareVersions, type ComparableVersion, wordDiff } from '../../../../shared/text/version-diff';

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const figure = (hash: string, caption: string, credit: string): DocNode => ({ type: 'figure', attrs: { hash, caption, credit, alt: '', featured: false } });
const version = (changes: Partial<ComparableVersion> & { blocks?: DocNode[] }): ComparableVersion => ({
  headline: changes.headline ?? 'Quận ủy Quận 3',
  sourcePrefix: changes.sourcePrefix ?? '(Thanhuytphcm.vn) - ',
  sapo: changes.sapo ?? 'Chiều 3/6, hội nghị.',
  byline: changes.byline ?? 'Hồng Ngọc',
  body: { type: 'doc', content: changes.blocks ?? [paragraph('Đoạn một.'), paragraph('Đoạn hai.')] },
});

describe('compareVersions', () => {
  it('finds nothing between a version and itself, even typed decomposed (NFD)', () => {
    const composed = version({});
    const decomposed = version({ headline: 'Quận ủy Quận 3'.normalize('NFD'), blocks: [paragraph('Đoạn một.'.normalize('NFD')), paragraph('Đoạn hai.')] });
    const diff = compareVersions(composed, decomposed);
    expect(diff.changed).toBe(false);
    expect(diff.headline).toEqual([{ change: 'same', text: 'Quận ủy Quận 3' }]);
  });

  it('compares headline, sapo and byline word by word (syllables)', () => {
    const diff = compareVersions(version({}), version({ headline: 'Thành ủy Quận 3', sapo: 'Chiều 3/6, hội nghị sơ kết.', byline: 'Hồng Ngọc - Ảnh: Quang Huy' }));
    expect(diff.changed).toBe(true);
    expect(diff.headline).toEqual([
      { change: 'removed', text: 'Quận' },
      { change: 'added', text: 'Thành' },
      { change: 'same', text: ' ủy Quận 3' },
    ]);
    expect(diff.sapo.filter((part) => part.change === 'added').map((part) => part.text.trim())).toEqual(['sơ kết']);
    expect(diff.byline.filter((part) => part.change !== 'same').map((part) => [part.change, part.text.trim()])).toEqual([['added', '- Ảnh: Quang Huy']]);
  });

  it('matches unchanged paragraphs, compares a paragraph changed in place word by word, and shows added and removed paragraphs whole', () => {
    const older = version({ blocks: [paragraph('Mở đầu.'), paragraph('Người dân phấn khởi.'), paragraph('Bị xoá.'), paragraph('Kết luận.')] });
    const newer = version({ blocks: [paragraph('Mở đầu.'), paragraph('Người dân rất phấn khởi.'), paragraph('Kết luận.'), paragraph('Đoạn mới thêm.')] });
    const body = compareVersions(older, newer).body;
    expect(body.map((block) => block.change)).toEqual(['same', 'changed', 'removed', 'same', 'added']);
    expect(body[1]).toMatchObject({ kind: 'text', parts: [{ change: 'same', text: 'Người dân ' }, { change: 'added', text: 'rất ' }, { change: 'same', text: 'phấn khởi.' }] });
    expect(body[2]).toMatchObject({ kind: 'text', parts: [{ change: 'removed', text: 'Bị xoá.' }] });
    expect(body[4]).toMatchObject({ kind: 'text', parts: [{ change: 'added', text: 'Đoạn mới thêm.' }] });
  });

  it('compares each figure: which image, its caption and its credit', () => {
    const older = version({ blocks: [figure('a'.repeat(64), 'Quang cảnh hội nghị', 'Minh Anh')] });
    const newer = version({ blocks: [figure('b'.repeat(64), 'Quang cảnh buổi hội nghị', 'Minh Anh')] });
    const [block] = compareVersions(older, newer).body;
    expect(block).toEqual({
      kind: 'figure',
      change: 'changed',
      figure: {
        image: [{ change: 'removed', text: 'a'.repeat(64) }, { change: 'added', text: 'b'.repeat(64) }],
        caption: [{ change: 'same', text: 'Quang cảnh ' }, { change: 'added', text: 'buổi ' }, { change: 'same', text: 'hội nghị' }],
        credit: [{ change: 'same', text: 'Minh Anh' }],
      },
    });
  });

  it('reads headings, list items and quotes as blocks of their kind', () => {
    const older = version({ blocks: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tiêu đề phụ' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Ý một')] }] }] });
    const newer = version({ blocks: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tiêu đề phụ' }] }, { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph('Ý hai')] }] }] });
    expect(compareVersions(older, newer).body.map((block) => (block.kind === 'text' ? [block.block, block.change] : null))).toEqual([
      ['heading', 'same'],
      ['list-item', 'changed'],
    ]);
  });
});

describe('wordDiff', () => {
  it('gives nothing for two empty texts and one whole part for one side empty', () => {
    expect(wordDiff('', '')).toEqual([]);
    expect(wordDiff('', 'Thêm')).toEqual([{ change: 'added', text: 'Thêm' }]);
  });
});

describe('compareVersions, edits in place', () => {
  it('pairs a changed figure with the figure, not with a paragraph removed before it', () => {
    const older = version({ blocks: [paragraph('Người dân phấn khởi.'), paragraph('Đoạn sẽ bị xoá.'), figure('', 'Quang cảnh hội nghị', 'Minh Anh')] });
    const newer = version({ blocks: [paragraph('Người dân rất phấn khởi.'), figure('', 'Quang cảnh buổi hội nghị', 'Minh Anh')] });
    const body = compareVersions(older, newer).body;
    expect(body.map((block) => [block.kind, block.change])).toEqual([
      ['text', 'changed'],
      ['text', 'removed'],
      ['figure', 'changed'],
    ]);
    expect(body[2]).toMatchObject({ figure: { image: [], caption: [{ change: 'same' }, { change: 'added', text: 'buổi ' }, { change: 'same' }] } });
  });
});
