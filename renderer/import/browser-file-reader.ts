import { type ImportFileReader, UnreadableFileError } from '../../shared/import/import-one-file';

/** A file picked or dropped in the page, for the import pipeline. */
export function browserFileReader(file: File): ImportFileReader {
  return {
    name: file.name,
    size: () => Promise.resolve(file.size),
    async read(maximumBytes) {
      try {
        return new Uint8Array(await file.slice(0, maximumBytes).arrayBuffer());
      } catch (error) {
        // Chromium says NotFoundError when the file was deleted or moved after it was picked.
        const missing = error instanceof DOMException && error.name === 'NotFoundError';
        throw new UnreadableFileError(missing ? 'missing' : 'read-failed', error instanceof Error ? error.message : String(error));
      }
    },
  };
}
