import { useEffect, useRef, useState } from 'react';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer !== null && Array.from(event.dataTransfer.types).includes('Files');
}

/**
 * True for image files dropped on the article body: the editor inserts them as figures
 * (renderer/editor/figure-editing-extension.ts), so they never start an article import.
 */
export function isImageDropOnEditor(target: EventTarget | null, files: File[]): boolean {
  const onEditor = target instanceof Element && target.closest('.ProseMirror') !== null;
  return onEditor && files.length > 0 && files.every((file) => file.type.startsWith('image/'));
}

/** True while only images are held over the article body: they will become figures, not an import. */
function draggingImagesOverEditor(event: DragEvent): boolean {
  const items = Array.from(event.dataTransfer?.items ?? []);
  const onEditor = event.target instanceof Element && event.target.closest('.ProseMirror') !== null;
  return onEditor && items.length > 0 && items.every((item) => item.kind === 'file' && item.type.startsWith('image/'));
}

/**
 * Files dropped anywhere on the window go to `onFiles`; `dragging` is true while files are held
 * over the window. The browser never navigates to a dropped file. A drop that something else
 * (the editor) already handled is left alone.
 */
export function useWindowFileDrop(onFiles: (files: File[]) => void): { dragging: boolean } {
  const [dragging, setDragging] = useState(false);
  const latest = useRef(onFiles);
  latest.current = onFiles;

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the files leave the window.
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(!draggingImagesOverEditor(event));
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
      setDragging(!draggingImagesOverEditor(event));
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      depth = 0;
      setDragging(false);
      if (!carriesFiles(event) || event.defaultPrevented) return;
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (isImageDropOnEditor(event.target, files)) return;
      event.preventDefault();
      if (files.length > 0) latest.current(files);
    };
    const onDragEnd = () => {
      depth = 0;
      setDragging(false);
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    window.addEventListener('dragend', onDragEnd);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
      window.removeEventListener('dragend', onDragEnd);
    };
  }, []);

  return { dragging };
}
