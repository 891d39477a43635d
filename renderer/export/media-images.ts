import type { RenderedImage } from '../../shared/render/render-input';
import { api } from '../api/client';
import { previewDataUri, type StoredImage } from './preview-image';

/** Who the images are for: the preview (large ones scaled down to the frame) or a copy (the stored bytes). */
export type ImagePurpose = 'preview' | 'copy';

/**
 * The images of Xem trước and Sao chép HTML, as data: URIs with their pixel size (`media.get`),
 * asked once per hash and kept for the session. data: URIs, because the exported document's own
 * policy lets it show images only from its own place or data: (the preview frame has no place
 * of its own), and because a copied fragment's images must travel with the paste. The renderer
 * takes images synchronously: `resolve` the hashes first, then render.
 */
export class MediaImages {
  private readonly stored = new Map<string, Promise<StoredImage | null>>();
  private readonly previews = new Map<string, Promise<string | null>>();

  /** The image of each hash; one that cannot be read renders without its image (and is asked again next time). */
  async resolve(hashes: readonly string[], purpose: ImagePurpose): Promise<(hash: string) => RenderedImage | null> {
    const resolved = new Map<string, RenderedImage | null>();
    await Promise.all(
      hashes.map(async (hash) => {
        const image = await this.storedImage(hash);
        const src = image === null ? null : purpose === 'copy' ? `data:${image.mime};base64,${image.data}` : await this.preview(hash, image);
        resolved.set(hash, image === null || src === null ? null : { src, width: image.width, height: image.height });
      }),
    );
    return (hash) => resolved.get(hash) ?? null;
  }

  private storedImage(hash: string): Promise<StoredImage | null> {
    let pending = this.stored.get(hash);
    if (!pending) {
      pending = api['media.get']({ hash }).then(
        ({ mime, data, width, height }) => ({ mime, data, width, height }),
        () => {
          this.stored.delete(hash);
          return null;
        },
      );
      this.stored.set(hash, pending);
    }
    return pending;
  }

  private preview(hash: string, image: StoredImage): Promise<string | null> {
    let pending = this.previews.get(hash);
    if (!pending) {
      pending = previewDataUri(image);
      this.previews.set(hash, pending);
    }
    return pending;
  }
}
