// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { Figure } from '../../../../../shared/schema/figure';
import type { FindOptions } from '../../../../../shared/text/find-in-text';
import { findInText } from '../../../../../shared/text/find-in-text';
import { ArticleFieldStep } from '../../../../../renderer/editor/find-replace/article-field-step';
import { FindReplace, findStateOf } from '../../../../../renderer/editor/find-replace/find-replace-extension';
import { dispatchReplacement, replaceTransaction } from '../../../../../renderer/editor/find-replace/replace-matches';

let editor: Editor | undefined;
const plain: FindOptions = { caseSensitive: false, wholeWord: false, ignoreAccents: false };
const accentless: FindOptions = { ...plain, ignoreAccents: true };

function createEditor(content: unknown): Editor {
  editor = new Editor({ element: document.createElement('div'), extensions: [StarterKit, Figure, FindReplace], content: content as string });
  return editor;
}

afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

const article = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Hòa bình và ' }, { type: 'text', marks: [{ type: 'bold' }], text: 'hoà' }, { type: 'text', text: ' hợp.' }] },
    { type: 'figure', attrs: { hash: 'a'.repeat(64), caption: 'Lễ hòa giải', credit: 'Hoà Phạm', alt: 'hòa' } },
    { type: 'paragraph', content: [{ type: 'text', text: 'Hoàng hoa, hóa đơn' }] },
  ],
};

function matchedTexts(target: Editor): string[] {
  const { doc } = target.state;
  return findStateOf(target.state).matches.map((match) => {
    if (match.kind === 'text') return doc.textBetween(match.from, match.to);
    return String(doc.nodeAt(match.position)!.attrs[match.field]).slice(match.from, match.to);
  });
}

describe('FindReplace in a real editor', () => {
  it('finds in text across marks and in figure captions and credits, not alt text, with either tone placement', () => {
    const target = createEditor(article);
    target.commands.setFindQuery('hòa', plain);
    expect(matchedTexts(target)).toEqual(['Hòa', 'hoà', 'hòa', 'Hoà']);
    expect(target.view.dom.querySelectorAll('.find-match')).toHaveLength(2);
    expect(target.view.dom.querySelector('.find-in-caption.find-in-credit')).not.toBeNull();
  });

  it('"Không phân biệt dấu" finds the unaccented query in every accent', () => {
    const target = createEditor(article);
    target.commands.setFindQuery('hoa', accentless);
    // "Hoàng" holds "Hoà" unless whole words are asked for.
    expect(matchedTexts(target)).toEqual(['Hòa', 'hoà', 'hòa', 'Hoà', 'Hoà', 'hoa', 'hóa']);
    target.commands.setFindQuery('hoa', { ...accentless, wholeWord: true });
    expect(matchedTexts(target)).toEqual(['Hòa', 'hoà', 'hòa', 'Hoà', 'hoa', 'hóa']);
    target.commands.setFindQuery('Hoa', { ...accentless, caseSensitive: true });
    expect(matchedTexts(target)).toEqual(['Hòa', 'Hoà', 'Hoà']);
  });

  it('marks the current match and follows edits', () => {
    const target = createEditor(article);
    target.commands.setFindQuery('hoa', accentless);
    target.commands.setFindCurrent(1);
    expect(target.view.dom.querySelector('.find-match-current')?.textContent).toBe('hoà');
    target.commands.insertContentAt(1, 'hoa ');
    expect(findStateOf(target.state).matches).toHaveLength(8);
  });

  it('replace all is one undo step across body, figures, headline and sapo, and redo brings it back', () => {
    const target = createEditor(article);
    const fields = { headline: 'Hòa giải ở Thành ủy', sapo: 'Chuyện hoà giải.' };
    const seen: ArticleFieldStep[] = [];
    target.on('transaction', ({ transaction }) => {
      for (const step of transaction.steps) {
        if (step instanceof ArticleFieldStep && fields[step.field] === step.before) {
          fields[step.field] = step.after;
          seen.push(step);
        }
      }
    });
    target.commands.insertContentAt(target.state.doc.content.size - 1, ' và');
    const before = target.getJSON();
    target.commands.setFindQuery('hòa', plain);
    const state = findStateOf(target.state);
    const fieldMatches = (['headline', 'sapo'] as const).map((field) => ({ field, text: fields[field], matches: findInText(fields[field], 'hòa', plain) }));
    dispatchReplacement(target.view, replaceTransaction(target.state, state.matches, fieldMatches, 'hợp'));

    expect(target.state.doc.firstChild!.textContent).toBe('hợp bình và hợp hợp.');
    expect(target.state.doc.child(1).attrs).toMatchObject({ caption: 'Lễ hợp giải', credit: 'hợp Phạm', alt: 'hòa' });
    expect(fields).toEqual({ headline: 'hợp giải ở Thành ủy', sapo: 'Chuyện hợp giải.' });
    expect(findStateOf(target.state).matches).toEqual([]);
    // The bold mark of the replaced "hoà" is kept.
    expect(target.state.doc.firstChild!.child(1).marks.map((mark) => mark.type.name)).toEqual(['bold']);

    target.commands.undo();
    expect(target.getJSON()).toEqual(before);
    expect(fields).toEqual({ headline: 'Hòa giải ở Thành ủy', sapo: 'Chuyện hoà giải.' });
    expect(target.state.doc.lastChild!.textContent).toBe('Hoàng hoa, hóa đơn và');

    target.commands.redo();
    expect(fields.headline).toBe('hợp giải ở Thành ủy');
    expect(target.state.doc.firstChild!.textContent).toBe('hợp bình và hợp hợp.');
    expect(seen).toHaveLength(6);
  });

  it('finds in lists and quotes, and after an edit searches again only what changed, positions kept right', () => {
    const target = createEditor({
      type: 'doc',
      content: [
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'một hòa' }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hai hoà' }] }] },
      ],
    });
    target.commands.setFindQuery('hòa', plain);
    expect(matchedTexts(target)).toEqual(['hòa', 'hoà']);
    target.commands.insertContentAt(3, 'thêm chữ ');
    expect(matchedTexts(target)).toEqual(['hòa', 'hoà']);
    target.commands.setFindQuery('', plain);
    expect(findStateOf(target.state).matches).toEqual([]);
    expect(target.view.dom.querySelectorAll('.find-match')).toHaveLength(0);
  });

  it('replacing one match leaves the others, and an empty replacement deletes', () => {
    const target = createEditor(article);
    target.commands.setFindQuery('hòa', plain);
    const [first] = findStateOf(target.state).matches;
    dispatchReplacement(target.view, replaceTransaction(target.state, [first!], [], ''));
    expect(target.state.doc.firstChild!.textContent).toBe(' bình và hoà hợp.');
    expect(findStateOf(target.state).matches).toHaveLength(3);
  });
});
