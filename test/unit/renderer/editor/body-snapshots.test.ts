// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { DocNode } from '../../../../shared/model/document';
import { documentPlainText } from '../../../../shared/render/plain-text';
import { articleExtensions } from '../../../../shared/schema/article-extensions';
import { countWords } from '../../../../shared/text/word-count';
import { jsonText } from '../../../../renderer/api/json-text';
import { BodySnapshots } from '../../../../renderer/editor/body-snapshots';

let editor: Editor | undefined;

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const hash = (letter: string) => letter.repeat(64);

function createEditor(content: DocNode): Editor {
  editor = new Editor({ element: document.createElement('div'), extensions: articleExtensions(), content });
  return editor;
}

const startingBody: DocNode = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Sáng ngày 29 tháng 3, Ban Thường vụ tổ chức hội nghị.' }] },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Chuyển đổi số' }] },
    { type: 'figure', attrs: { hash: hash('a'), caption: 'Quang cảnh hội nghị', credit: 'Quốc Huy', alt: '' } },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Ghi nhận: ', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'người dân phấn khởi' },
        { type: 'hardBreak' },
        { type: 'text', text: '– … 🙂 2024' },
      ],
    },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'một hai' }] }] }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ba bốn năm' }] }] },
    { type: 'horizontalRule' },
    { type: 'paragraph' },
  ],
};

/** The full serialisation the snapshots stand in for. */
function fullWordCount(target: Editor): number {
  return countWords(documentPlainText(target.getJSON() as DocNode));
}

type Edit =
  | { kind: 'type'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'split'; at: number }
  | { kind: 'hardBreak'; at: number }
  | { kind: 'heading'; at: number }
  | { kind: 'bold'; at: number; length: number }
  | { kind: 'list'; at: number }
  | { kind: 'figure'; at: number; caption: string }
  | { kind: 'caption'; at: number; caption: string }
  | { kind: 'undo' };

const words = ['cộng', 'hòa', 'xã', 'hội', ' ', '  ', '–', '…', '🙂', '2024', 'Nguyễn', '\u0301', ',', '.'];
const text = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
const at = fc.double({ min: 0, max: 1, noNaN: true });

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('type' as const), at, text }),
  fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('split' as const), at }),
  fc.record({ kind: fc.constant('hardBreak' as const), at }),
  fc.record({ kind: fc.constant('heading' as const), at }),
  fc.record({ kind: fc.constant('bold' as const), at, length: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant('list' as const), at }),
  fc.record({ kind: fc.constant('figure' as const), at, caption: text }),
  fc.record({ kind: fc.constant('caption' as const), at, caption: text }),
  fc.constant({ kind: 'undo' as const }),
);

/** A valid cursor position near the fraction `at` of the document. */
function cursor(target: Editor, fraction: number): number {
  const { doc } = target.state;
  const position = Math.round(fraction * doc.content.size);
  return TextSelection.near(doc.resolve(Math.min(Math.max(position, 0), doc.content.size))).from;
}

function apply(target: Editor, change: Edit): void {
  const chain = () => target.chain();
  switch (change.kind) {
    case 'type':
      chain().setTextSelection(cursor(target, change.at)).insertContent(change.text).run();
      return;
    case 'delete': {
      const from = cursor(target, change.at);
      const to = Math.min(from + change.length, target.state.doc.content.size);
      chain().deleteRange({ from, to }).run();
      return;
    }
    case 'split':
      chain().setTextSelection(cursor(target, change.at)).splitBlock().run();
      return;
    case 'hardBreak':
      chain().setTextSelection(cursor(target, change.at)).setHardBreak().run();
      return;
    case 'heading':
      chain().setTextSelection(cursor(target, change.at)).toggleHeading({ level: 3 }).run();
      return;
    case 'bold': {
      const from = cursor(target, change.at);
      chain().setTextSelection({ from, to: Math.min(from + change.length, target.state.doc.content.size) }).toggleBold().run();
      return;
    }
    case 'list':
      chain().setTextSelection(cursor(target, change.at)).toggleBulletList().run();
      return;
    case 'figure': {
      const position = target.state.doc.resolve(cursor(target, change.at));
      chain().insertContentAt(position.before(1), { type: 'figure', attrs: { hash: hash('b'), caption: change.caption } }).run();
      return;
    }
    case 'caption': {
      const figures: number[] = [];
      target.state.doc.forEach((node, offset) => {
        if (node.type.name === 'figure') figures.push(offset);
      });
      if (figures.length === 0) return;
      const offset = figures[Math.floor(change.at * figures.length) % figures.length]!;
      const node = target.state.doc.nodeAt(offset)!;
      target.view.dispatch(target.state.tr.setNodeMarkup(offset, undefined, { ...node.attrs, caption: change.caption }));
      return;
    }
    case 'undo':
      target.commands.undo();
      return;
  }
}

describe('BodySnapshots', () => {
  it('gives the same JSON and word count as serialising the whole body, after any series of edits', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 20 }), (edits) => {
        const target = createEditor(startingBody);
        const snapshots = new BodySnapshots();
        try {
          expect(snapshots.json(target.state.doc)).toEqual(target.getJSON());
          for (const change of edits) {
            apply(target, change);
            expect(snapshots.json(target.state.doc)).toEqual(target.getJSON());
            // The JSON text a save sends, made from the blocks' texts kept since earlier saves.
            expect(jsonText({ body: snapshots.json(target.state.doc) })).toBe(JSON.stringify({ body: target.getJSON() }));
            expect(snapshots.wordCount(target.state.doc)).toBe(fullWordCount(target));
          }
        } finally {
          target.destroy();
          editor = undefined;
        }
      }),
      { numRuns: 50 },
    );
  });

  it('serialises again only the block that changed', () => {
    const target = createEditor(startingBody);
    const snapshots = new BodySnapshots();
    const before = snapshots.json(target.state.doc).content!;
    target.chain().setTextSelection(3).insertContent('xin chào ').run();
    const after = snapshots.json(target.state.doc).content!;
    expect(after[0]).not.toBe(before[0]);
    expect(after[0]).toEqual(target.getJSON().content![0]);
    for (let index = 1; index < before.length; index += 1) expect(after[index]).toBe(before[index]);
    expect(snapshots.wordCount(target.state.doc)).toBe(fullWordCount(target));
  });

  it('answers the same object for the same document, and counts a body of one empty paragraph as no words', () => {
    const target = createEditor({ type: 'doc', content: [{ type: 'paragraph' }] });
    const snapshots = new BodySnapshots();
    expect(snapshots.json(target.state.doc)).toBe(snapshots.json(target.state.doc));
    expect(snapshots.json(target.state.doc)).toEqual(target.getJSON());
    expect(snapshots.wordCount(target.state.doc)).toBe(0);
  });
});
