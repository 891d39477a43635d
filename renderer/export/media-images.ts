import type { RenderedImage } from '../../shared/render/render-input';
import { api } from '../api/client';
import { mediaUrl } from '../api/media-url';

interface ImageSize {
  width: number | null;
  height: number | null;
}

/**
 * The images of the preview and of "Sao chép HTML": each figure's pixel size from `media.info`
 * and, for copying, its bytes as a data: URI (`media.get`), asked once per hash and kept for the session.
 * The renderer takes images synchronously: `load` the hashes first, then render.
 */
export class MediaImages {
  private readonly sizes = new Map<string, Promise<ImageSize | null>>();
  private readonly known = new Map<string, ImageSize | null>();
  private readonly dataUris = new Map<string, Promise<string | null>>();

  /** Learns the size of every hash not known yet; an image that cannot be found renders without one. */
  async load(hashes: readonly string[]): Promise<void> {
    await Promise.all(hashes.map((hash) => this.size(hash)));
  }

  /** The image as the preview shows it: the app's own media URL. */
  readonly preview = (hash: string): RenderedImage | null => {
    if (!this.known.has(hash)) return { src: mediaUrl(hash), width: null, height: null };
    const size = this.known.get(hash);
    return size ? { src: mediaUrl(hash), ...size } : null;
  };

  /** The images of a copied fragment: data: URIs, so that they travel with the paste. */
  async forCopy(hashes: readonly string[]): Promise<(hash: string) => RenderedImage | null> {
    await this.load(hashes);
    const sources = new Map<string, string | null>();
    await Promise.all(hashes.map(async (hash) => sources.set(hash, await this.dataUri(hash))));
    return (hash) => {
      const src = sources.get(hash);
      const size = this.known.get(hash);
      return src && size ? { src, ...size } : null;
    };
  }

  private size(hash: string): Promise<ImageSize | null> {
    let pending = this.sizes.get(hash);
    if (!pending) {
      pending = api['media.info']({ hash }).then(
        ({ width, height }) => {
          this.known.set(hash, { width, height });
          return { width, height };
        },
        () => {
          // Rendered without the image for now; asked again on the next load.
          this.known.set(hash, null);
          this.sizes.delete(hash);
          return null;
        },
      );
      this.sizes.set(hash, pending);
    }
    return pending;
  }

  /** Through the API rather than the media URL: the desktop app's policy lets the page fetch only its own origin. */
  private dataUri(hash: string): Promise<string | null> {
    let pending = this.dataUris.get(hash);
    if (!pending) {
      pending = api['media.get']({ hash }).then(
        ({ mime, data }) => `data:${mime};base64,${data}`,
        () => {
          this.dataUris.delete(hash);
          return null;
        },
      );
      this.dataUris.set(hash, pending);
    }
    return pending;
  }
}
