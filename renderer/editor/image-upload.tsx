import { useCallback, useRef, useState, type RefObject } from 'react';
import type { Editor } from '@tiptap/react';
import { ApiError } from '../../shared/api/errors';
import { base64OfBytes } from '../../shared/import/base64-of-bytes';
import type { MediaInfo } from '../../shared/model/media';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';

const bytesPerMegabyte = 1024 * 1024;

/**
 * Stores an image file in the media store ("media.put"), which keeps each content once under its
 * SHA-256 with its pixel size. A file larger than the setting is refused here, before it is sent.
 */
export async function storeImageFile(file: File, maxImageMegabytes: number): Promise<MediaInfo> {
  const limitBytes = maxImageMegabytes * bytesPerMegabyte;
  if (file.size > limitBytes) {
    throw new ApiError('media-too-large', { fileName: file.name, sizeBytes: file.size, limitBytes }, { where: file.name });
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  return api['media.put']({ data: base64OfBytes(bytes), fileName: file.name });
}

export interface ImageUpload {
  /** Resolves to the stored image's hash, or null when it was refused (the notice says why). */
  uploadImage: (file: File) => Promise<string | null>;
  /** Why the last image was refused, in the interface language, naming the file. */
  refusal: string | null;
  /** The file being stored, if any. */
  uploading: string | null;
  dismiss: () => void;
}

export function useImageUpload(maxImageMegabytes: number): ImageUpload {
  const t = useT();
  const latest = useRef({ maxImageMegabytes, t });
  latest.current = { maxImageMegabytes, t };
  const [refusal, setRefusal] = useState<string | null>(null);
  const [uploading, setUploading] = useState<string | null>(null);

  const uploadImage = useCallback(async (file: File): Promise<string | null> => {
    setUploading(file.name);
    try {
      const stored = await storeImageFile(file, latest.current.maxImageMegabytes);
      setRefusal(null);
      return stored.hash;
    } catch (error) {
      setRefusal(latest.current.t.imageRefused(describeError(error, latest.current.t)));
      return null;
    } finally {
      setUploading(null);
    }
  }, []);

  return { uploadImage, refusal, uploading, dismiss: () => setRefusal(null) };
}

/** Inserts the picked image files as figures at the selection, one after another. */
export async function insertImageFiles(editor: Editor, files: File[], upload: ImageUpload['uploadImage']): Promise<void> {
  for (const file of files) {
    const hash = await upload(file);
    if (hash === null || editor.isDestroyed) continue;
    editor.chain().focus().insertFigure({ hash }).run();
  }
}

interface ImagePickerProps {
  inputRef: RefObject<HTMLInputElement | null>;
  onFiles: (files: File[]) => void;
}

/**
 * The "Chèn ảnh" file picker: the browser's image file input. In the desktop app the same input
 * opens the system's file dialog, so there is one code path.
 */
export function ImagePicker({ inputRef, onFiles }: ImagePickerProps) {
  const t = useT();
  return (
    <input
      ref={inputRef}
      type="file"
      accept="image/*"
      multiple
      hidden
      tabIndex={-1}
      aria-label={t.insertImage}
      data-testid="insert-image-input"
      onChange={(event) => {
        const files = Array.from(event.target.files ?? []);
        event.target.value = '';
        if (files.length > 0) onFiles(files);
      }}
    />
  );
}

/** Says why an image was refused, or which one is being stored. */
export function ImageUploadNotice({ upload }: { upload: ImageUpload }) {
  const t = useT();
  return (
    <>
      {upload.uploading !== null && <p className="field-hint" role="status">{t.uploadingImage(upload.uploading)}</p>}
      {upload.refusal !== null && (
        <div className="app-notice image-refusal" role="alert">
          <p>{upload.refusal}</p>
          <button type="button" className="button button-quiet" aria-label={t.close} onClick={upload.dismiss}>×</button>
        </div>
      )}
    </>
  );
}
