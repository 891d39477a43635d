// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import { Link } from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';
import { ArticleLink } from '../../../../shared/schema/article-link';

const linkOptions = { openOnClick: false, autolink: true, protocols: [], defaultProtocol: 'https', HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null } };
const editors: Editor[] = [];

function editorWith(link: typeof Link, content: string): Editor {
  const element = document.createElement('div');
  document.body.append(element);
  const editor = new Editor({ element, extensions: [StarterKit.configure({ link: false }), link.configure(linkOptions)], content });
  editors.push(editor);
  return editor;
}

function type(editor: Editor, text: string): void {
  for (const character of text) {
    const { from, to } = editor.state.selection;
    editor.view.dispatch(editor.state.tr.insertText(character, from, to));
  }
}

afterEach(() => {
  editors.splice(0).forEach((editor) => editor.destroy());
  document.body.replaceChildren();
});

describe('ArticleLink', () => {
  it('links an address typed before a space, and nothing else', () => {
    const editor = editorWith(ArticleLink, '<p>Xem</p>');
    editor.commands.setTextSelection(4);
    type(editor, ' chi tiết tại baochinhphu.vn và liên hệ toasoan@example.vn ');
    const links = editor.getJSON().content![0]!.content!.filter((node) => node.marks?.some((mark) => mark.type === 'link')).map((node) => (node as { text?: string }).text);
    expect(links).toEqual(['baochinhphu.vn', 'toasoan@example.vn']);
  });

  it('gives the same document as TipTap’s own autolink for any typing', () => {
    const keys = fc.constantFrom('a', 'ư', 'w', '.', ':', '/', '@', ' ', ' ', 'v', 'n', 'localhost', 'https://', '\u00a0');
    fc.assert(
      fc.property(fc.array(keys, { maxLength: 40 }), fc.nat(12), (typed, at) => {
        const content = '<p>Tin <a href="https://a.vn">a.vn</a> mới</p>';
        const gated = editorWith(ArticleLink, content);
        const plain = editorWith(Link, content);
        for (const editor of [gated, plain]) editor.commands.setTextSelection(Math.min(at + 1, editor.state.doc.content.size - 1));
        for (const key of typed) {
          type(gated, key);
          type(plain, key);
          expect(gated.getJSON()).toEqual(plain.getJSON());
        }
        editors.splice(0).forEach((editor) => editor.destroy());
      }),
      { numRuns: 60 },
    );
  });
});
