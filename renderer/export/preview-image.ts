/** An image as `media.get` gives it: its type, its bytes in base64 and its pixel size. */
export interface StoredImage {
  mime: string;
  data: string;
  width: number | null;
  height: number | null;
}

/** The widest image the preview frame shows as it is; wider ones are scaled down for it. */
export const previewImageMaxWidth = 1200;

/**
 * The image for Xem trước as a data: URI: the stored bytes, or for a wide photograph a copy scaled
 * down to the frame, so that the preview re-rendered while the user types stays light. The exported
 * file keeps its own images; only the preview's copy is smaller (same proportions, same width and
 * height attributes). Falls back to the stored bytes when the browser cannot scale it.
 */
export async function previewDataUri(image: StoredImage): Promise<string> {
  const original = `data:${image.mime};base64,${image.data}`;
  // A GIF may be animated: scaling keeps only its first frame.
  if (image.width === null || image.width <= previewImageMaxWidth || image.mime === 'image/gif') return original;
  try {
    const bytes = Uint8Array.from(atob(image.data), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: image.mime }), { resizeWidth: previewImageMaxWidth, resizeQuality: 'high' });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0);
    bitmap.close();
    const scaled = await canvas.convertToBlob({ type: image.mime === 'image/jpeg' ? 'image/jpeg' : 'image/webp', quality: 0.85 });
    return await blobAsDataUri(scaled);
  } catch {
    return original;
  }
}

function blobAsDataUri(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('The image could not be read.'));
    reader.readAsDataURL(blob);
  });
}
