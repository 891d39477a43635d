// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { useEditorStateAfterPaint } from '../../../../renderer/editor/use-editor-state-after-paint';

let root: Root | undefined;
let host: HTMLElement | undefined;
let editor: Editor | undefined;

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

afterEach(() => {
  act(() => root?.unmount());
  editor?.destroy();
  host?.remove();
  root = undefined;
  editor = undefined;
});

const afterPaint = () => act(async () => new Promise((resolve) => setTimeout(resolve, 20)));

describe('useEditorStateAfterPaint', () => {
  it('reads the editor after the frame following a transaction, once, and draws again only when the result changes', async () => {
    editor = new Editor({ element: document.createElement('div'), extensions: [StarterKit], content: '<p>Tin mới</p>' });
    const target = editor;
    const renders: boolean[] = [];
    let reads = 0;
    function Probe() {
      const state = useEditorStateAfterPaint(target, (current) => {
        reads += 1;
        return { bold: current.isActive('bold') };
      });
      renders.push(state.bold);
      return <span>{String(state.bold)}</span>;
    }
    host = document.body.appendChild(document.createElement('div'));
    root = createRoot(host);
    act(() => root!.render(<Probe />));
    expect(host.textContent).toBe('false');

    target.commands.setTextSelection({ from: 1, to: 4 });
    target.commands.toggleBold();
    target.commands.setTextSelection({ from: 1, to: 4 });
    const readsBefore = reads;
    expect(host.textContent).toBe('false');
    await afterPaint();
    expect(host.textContent).toBe('true');
    expect(reads - readsBefore).toBe(1);

    const rendersBefore = renders.length;
    target.commands.setTextSelection(2);
    await afterPaint();
    expect(renders.length).toBe(rendersBefore);
    expect(host.textContent).toBe('true');
  });
});
