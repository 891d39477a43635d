import type { RenderedImage } from '../../shared/render/render-input';
import { api } from '../api/client';

/**
 * The images of Xem trước and Sao chép HTML, as data: URIs with their pixel size (`media.get`),
 * asked once per hash and kept for the session. data: URIs, because the exported document's own
 * policy lets it show images only from its own place or data: (the preview frame has no place
 * of its own), and because a copied fragment's images must travel with the paste. The renderer
 * takes images synchronously: `resolve` the hashes first, then render.
 */
export class MediaImages {
  private readonly images = new Map<string, Promise<RenderedImage | null>>();

  /** The image of each hash; one that cannot be read renders without its image (and is asked again next time). */
  async resolve(hashes: readonly string[]): Promise<(hash: string) => RenderedImage | null> {
    const resolved = new Map<string, RenderedImage | null>();
    await Promise.all(hashes.map(async (hash) => resolved.set(hash, await this.image(hash))));
    return (hash) => resolved.get(hash) ?? null;
  }

  private image(hash: string): Promise<RenderedImage | null> {
    let pending = this.images.get(hash);
    if (!pending) {
      pending = api['media.get']({ hash }).then(
        ({ mime, data, width, height }) => ({ src: `data:${mime};base64,${data}`, width, height }),
        () => {
          this.images.delete(hash);
          return null;
        },
      );
      this.images.set(hash, pending);
    }
    return pending;
  }
}
