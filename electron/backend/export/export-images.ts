import type { Sharp } from 'sharp';
import { ApiError } from '../../../shared/api/errors';
import type { RenderedImage } from '../../../shared/render/render-input';
import type { BackendContext } from '../backend-context';
import type { MediaRow } from '../media/media-row';
import { sql } from '../store/sql';
import { readRendition, storeRendition } from './rendition-cache';

/** An image file of a 'folder' export, relative to `<slug>/`. */
export interface ExportedImageFile {
  relativePath: string;
  bytes: Uint8Array;
}

/**
 * The images of one article, resolved before rendering so that the renderer's lookup is
 * synchronous: what `src`, width and height each hash gets, its type, and (in 'folder' mode) the
 * files to write.
 */
export interface PreparedImages {
  image(hash: string): RenderedImage | null;
  /** The type of the image `src` points to (for article.json). */
  imageType(hash: string): string | null;
  files: ExportedImageFile[];
}

type StoredImage = Pick<MediaRow, 'hash' | 'mime' | 'width' | 'height' | 'data'>;

type SharpFactory = (input: Uint8Array) => Sharp;
let sharpLoading: Promise<SharpFactory> | undefined;

/** sharp (libvips), loaded on first use: most runs of the backend never export. */
function loadSharp(): Promise<SharpFactory> {
  sharpLoading ??= import('sharp').then((module) => module.default as unknown as SharpFactory);
  return sharpLoading;
}

const extensions: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' };

function readStoredImage(context: BackendContext, hash: string): StoredImage | null {
  return context.queries.get<StoredImage>(sql`SELECT hash, mime, width, height, data FROM media WHERE hash = ${hash}`) ?? null;
}

/** The pixel size of a stored image: from the media table, or read by sharp when the header reader could not. */
async function sizeOf(image: StoredImage): Promise<{ width: number | null; height: number | null }> {
  if (image.width !== null && image.height !== null) return { width: image.width, height: image.height };
  try {
    const metadata = await (await loadSharp())(image.data).metadata();
    return { width: metadata.width ?? null, height: metadata.height ?? null };
  } catch {
    return { width: null, height: null };
  }
}

/** Distinct hashes in reading order. */
function distinct(hashes: readonly string[]): string[] {
  return [...new Set(hashes.filter((hash) => hash !== ''))];
}

/** 'embed': each image as a data: URI of its original bytes. */
export async function prepareEmbeddedImages(context: BackendContext, hashes: readonly string[]): Promise<PreparedImages> {
  const images = new Map<string, RenderedImage & { mime: string }>();
  for (const hash of distinct(hashes)) {
    const stored = readStoredImage(context, hash);
    if (!stored) continue;
    const size = await sizeOf(stored);
    images.set(hash, { src: `data:${stored.mime};base64,${stored.data.toString('base64')}`, ...size, mime: stored.mime });
  }
  return {
    image: (hash) => {
      const found = images.get(hash);
      return found ? { src: found.src, width: found.width, height: found.height } : null;
    },
    imageType: (hash) => images.get(hash)?.mime ?? null,
    files: [],
  };
}

/**
 * 'folder': each image as `images/<n>-<hash12>.<ext>` (n its number in reading order), at most
 * `maxWidth` pixels wide: wider JPEG, PNG and WebP images are downscaled with sharp (EXIF
 * orientation applied, same format), narrower ones and GIFs (which may be animated) are written as
 * they are. Downscaled copies are cached by hash and width (media_renditions). With `originals`,
 * each original is also written to `images/originals/`.
 */
export async function prepareFolderImages(
  context: BackendContext,
  hashes: readonly string[],
  options: { maxWidth: number; originals: boolean },
): Promise<PreparedImages> {
  const found = distinct(hashes)
    .map((hash) => readStoredImage(context, hash))
    .filter((image): image is StoredImage => image !== null);
  const renditions = await Promise.all(found.map((image) => rendition(context, image, options.maxWidth)));
  const images = new Map<string, RenderedImage & { mime: string }>();
  const files: ExportedImageFile[] = [];
  found.forEach((image, index) => {
    const made = renditions[index]!;
    const stem = `${index + 1}-${image.hash.slice(0, 12)}`;
    const name = `${stem}.${extensions[made.mime] ?? 'img'}`;
    files.push({ relativePath: `images/${name}`, bytes: made.bytes });
    images.set(image.hash, { src: `images/${name}`, width: made.width, height: made.height, mime: made.mime });
  });
  if (options.originals) {
    found.forEach((image, index) => {
      files.push({ relativePath: `images/originals/${index + 1}-${image.hash.slice(0, 12)}.${extensions[image.mime] ?? 'img'}`, bytes: image.data });
    });
  }
  return {
    image: (hash) => {
      const image = images.get(hash);
      return image ? { src: image.src, width: image.width, height: image.height } : null;
    },
    imageType: (hash) => images.get(hash)?.mime ?? null,
    files,
  };
}

interface Rendition {
  mime: string;
  width: number | null;
  height: number | null;
  bytes: Uint8Array;
}

async function rendition(context: BackendContext, image: StoredImage, maxWidth: number): Promise<Rendition> {
  const size = await sizeOf(image);
  const resizable = image.mime !== 'image/gif' && size.width !== null && size.width > maxWidth;
  if (!resizable) return { mime: image.mime, ...size, bytes: image.data };
  const cached = readRendition(context, image.hash, maxWidth);
  if (cached) return cached;
  let made: Rendition & { width: number; height: number };
  try {
    const sharp = await loadSharp();
    const pipeline = sharp(image.data).rotate().resize({ width: maxWidth, withoutEnlargement: true });
    const encoded =
      image.mime === 'image/png' ? pipeline.png() : image.mime === 'image/webp' ? pipeline.webp({ quality: 82 }) : pipeline.jpeg({ quality: 82 });
    const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
    made = { mime: image.mime, width: info.width, height: info.height, bytes: data };
  } catch (error) {
    throw new ApiError('export-image-unreadable', { hash: image.hash, problem: error instanceof Error ? error.message : String(error) }, { where: 'id' });
  }
  storeRendition(context, image.hash, maxWidth, made);
  return made;
}
