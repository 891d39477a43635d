/**
 * Export benchmark (issue 8, point 9). Exports 1,000 articles with 2 photos each through
 * `export.article` (dispatch, as `newsdesk export` does: exportBatch, 4 articles in flight) and
 * reports articles per second and peak RSS for:
 * - `embed`: one .html per article, photos as data: URIs (original bytes, no resizing);
 * - `folder` cold: `<slug>/index.html`, two photos downscaled to 1600 px with sharp and
 *   article.json, with an empty rendition cache;
 * - `folder` warm: the same again into a new folder, the downscaled copies read from the cache.
 * Targets: embed >= 100 articles/s, folder cold >= 15 articles/s, peak RSS <= 500 MB.
 *
 * Floors, measured in the same run on the same data: for embed, reading the two photos from the
 * database, base64 and writing a file of the same size with fsync (no rendering, no bookkeeping);
 * for folder, sharp resizing the two photos of an article (in parallel, as the export does)
 * without writing anything, over the first 100 articles.
 *
 * This process makes the photos and the database; each phase runs in a child process of its own
 * (bench/export-measure.ts), as one `newsdesk export` run would, so that its peak RSS
 * (getrusage maxRSS) is that of this export alone. RSS includes tsx's loader (~200 MB before the
 * first article: the baseline is reported beside it).
 *
 * Photos: 8 base photos of 1920 x 1080 (2.1 MP, JPEG quality 85, smooth gradients, shapes and
 * grain, about 0.3-0.5 MB each) made once with sharp; each article's two photos are made distinct
 * (their own hash, so a cold run resizes every one) by a JPEG comment segment naming the article,
 * so all 2,000 photos decode like the base ones. Article bodies: ~600 words of generated
 * Vietnamese with the two figures. NEWSDESK_BENCH_EXPORT_ARTICLES overrides the count.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import type { DocNode } from '../shared/model/document';
import { openBackend } from '../electron/backend/backend';
import { benchTempFolder, writeBenchResult } from './bench-results';
import { seededRandom, vietnameseArticleBody } from './vietnamese-article';

const articleCount = Number(process.env.NEWSDESK_BENCH_EXPORT_ARTICLES ?? 1000);
const basePhotoCount = 8;
const photoSize = { width: 1920, height: 1080 };
const targets = { embedArticlesPerSecond: 100, folderColdArticlesPerSecond: 15, peakRssMegabytes: 500 };

const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** A photo-like JPEG: smooth colour gradients, a few soft shapes, fine grain. */
async function basePhoto(seed: number): Promise<Buffer> {
  const random = seededRandom(seed);
  const { width, height } = photoSize;
  const pixels = Buffer.alloc(width * height * 3);
  const [r0, g0, b0] = [random() * 255, random() * 255, random() * 255];
  const [r1, g1, b1] = [random() * 255, random() * 255, random() * 255];
  const blobs = Array.from({ length: 6 }, () => ({ x: random() * width, y: random() * height, radius: 80 + random() * 300, shade: random() * 120 - 60 }));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const t = (x / width + y / height) / 2;
      let light = 0;
      for (const blob of blobs) {
        const distance = Math.hypot(x - blob.x, y - blob.y);
        if (distance < blob.radius) light += blob.shade * (1 - distance / blob.radius);
      }
      const grain = (random() - 0.5) * 24;
      const offset = (y * width + x) * 3;
      pixels[offset] = r0 + (r1 - r0) * t + light + grain;
      pixels[offset + 1] = g0 + (g1 - g0) * t + light + grain;
      pixels[offset + 2] = b0 + (b1 - b0) * t + light + grain;
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).toBuffer();
}

/** The same JPEG with a comment segment (FF FE) after its start marker: the same pixels, other bytes. */
function withComment(jpeg: Buffer, comment: string): Buffer {
  const text = Buffer.from(comment, 'ascii');
  const segment = Buffer.alloc(4 + text.length);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  text.copy(segment, 4);
  return Buffer.concat([jpeg.subarray(0, 2), segment, jpeg.subarray(2)]);
}

interface PhaseFigures {
  concurrency: number;
  articlesPerSecond: number;
  seconds: number;
  peakRssMegabytes: number;
  outputMegabytes: number;
  baselineRssMegabytes: number;
  processMaxRssMegabytes: number;
}

interface FloorFigures {
  embedArticlesPerSecond: number;
  folderResizeArticlesPerSecond: number;
  resizeFloorArticles: number;
}

const measureScript = fileURLToPath(new URL('./export-measure.ts', import.meta.url));

export async function run() {
  const folder = benchTempFolder('export');
  const databasePath = path.join(folder, 'newsdesk.sqlite');
  const backend = openBackend({ databasePath, checkResults: false });
  try {
    const preparingStart = performance.now();
    const bases = await Promise.all(Array.from({ length: basePhotoCount }, (_, index) => basePhoto(100 + index)));
    const baseBytes = bases.map((photo) => photo.length);
    const hashes: string[] = [];
    const words = vietnameseArticleBody(600);
    for (let index = 0; index < articleCount; index += 1) {
      const pair = [0, 1].map((which) => withComment(bases[(index * 2 + which) % basePhotoCount]!, `Newsdesk bench article ${index} photo ${which}`));
      const photoHashes: string[] = [];
      for (const photo of pair) photoHashes.push((await backend.call('media.put', { data: photo.toString('base64'), fileName: 'anh.jpg' })).hash);
      hashes.push(...photoHashes);
      const paragraphs = words.content ?? [];
      const body: DocNode = {
        type: 'doc',
        content: [
          ...paragraphs.slice(0, 2),
          { type: 'figure', attrs: { hash: photoHashes[0]!, caption: 'Quang cảnh hội nghị', credit: 'Quốc Huy', alt: 'Hội trường' } },
          ...paragraphs.slice(2, 6),
          { type: 'figure', attrs: { hash: photoHashes[1]!, caption: 'Đại biểu phát biểu', credit: 'Quốc Huy', alt: 'Đại biểu' } },
          ...paragraphs.slice(6),
        ],
      };
      await backend.call('articles.create', {
        fields: {
          headline: `Hội nghị sơ kết công tác quý I năm 2024, số ${index + 1}`,
          sapo: 'Chiều 3/6, Quận ủy Quận 3 tổ chức hội nghị sơ kết công tác quý I.',
          sourcePrefix: '(Thanhuytphcm.vn)',
          body,
          date: '2024-03-29',
          datelinePlace: 'TP.HCM',
          tags: ['Quận 3', 'hội nghị'],
        },
      });
    }
    backend.context.idleTasks.runPending();
    const preparingSeconds = round((performance.now() - preparingStart) / 1000, 1);
    const databaseMegabytes = megabytes(fs.statSync(databasePath).size);
    console.log(`prepared ${articleCount} articles with ${hashes.length} distinct photos (${photoSize.width}x${photoSize.height}, base JPEGs ${baseBytes.map((bytes) => Math.round(bytes / 1024)).join('/')} KB) in ${preparingSeconds} s; database ${databaseMegabytes} MB`);

    backend.close();
    const measurePhase = async (phase: string) => {
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', measureScript, databasePath, path.join(folder, 'out'), phase], {
        maxBuffer: 1024 * 1024,
      });
      return JSON.parse(stdout) as Record<string, unknown>;
    };
    const embed = (await measurePhase('embed')) as unknown as PhaseFigures;
    const folderCold = (await measurePhase('folder-cold')) as unknown as PhaseFigures;
    const folderWarm = (await measurePhase('folder-warm')) as unknown as PhaseFigures & { cachedRenditions: number };
    const floors = (await measurePhase('floors')) as unknown as FloorFigures;
    const concurrency = embed.concurrency;
    const cachedRenditions = folderWarm.cachedRenditions;
    const line = (name: string, figures: PhaseFigures, floor: string) =>
      console.log(
        `${name} ${figures.articlesPerSecond} articles/s (${figures.seconds} s, ${figures.outputMegabytes} MB written), peak RSS ${figures.processMaxRssMegabytes} MB (${figures.baselineRssMegabytes} MB before the first article)${floor}`,
      );
    line('embed:      ', embed, `; floor ${floors.embedArticlesPerSecond} articles/s`);
    line('folder cold:', folderCold, `; floor (sharp resize only) ${floors.folderResizeArticlesPerSecond} articles/s`);
    line('folder warm:', folderWarm, `; ${cachedRenditions} cached renditions`);
    const peakRssMegabytes = Math.max(embed.processMaxRssMegabytes, folderCold.processMaxRssMegabytes, folderWarm.processMaxRssMegabytes);
    const targetsMet = {
      embed: embed.articlesPerSecond >= targets.embedArticlesPerSecond,
      folderCold: folderCold.articlesPerSecond >= targets.folderColdArticlesPerSecond,
      peakRss: peakRssMegabytes <= targets.peakRssMegabytes,
    };
    console.log(
      `peak RSS of an exporting process ${peakRssMegabytes} MB; targets: embed >= ${targets.embedArticlesPerSecond}/s ${targetsMet.embed ? 'MET' : 'MISSED'}, folder cold >= ${targets.folderColdArticlesPerSecond}/s ${targetsMet.folderCold ? 'MET' : 'MISSED'}, RSS <= ${targets.peakRssMegabytes} MB ${targetsMet.peakRss ? 'MET' : 'MISSED'}`,
    );
    const result = {
      articles: articleCount,
      photosPerArticle: 2,
      photo: { ...photoSize, format: 'jpeg', basePhotos: basePhotoCount, basePhotoKilobytes: baseBytes.map((bytes) => Math.round(bytes / 1024)), distinctPerArticle: 'yes: a JPEG comment segment per article and photo' },
      exportImageMaxWidth: 1600,
      articlesInFlight: concurrency,
      preparingSeconds,
      databaseMegabytes,
      loadAverage: os.loadavg(),
      embed,
      folderCold,
      folderWarm,
      cachedRenditions,
      floors,
      peakRssMegabytes,
      targets,
      targetsMet,
    };
    console.log(`written to ${writeBenchResult('export', result)}`);
    return result;
  } finally {
    backend.close();
    // The database holds ~2,000 photos: too large to keep around, unless asked (to rerun export-measure.ts on it).
    if (process.env.NEWSDESK_BENCH_KEEP === '1') console.log(`kept ${databasePath}`);
    else fs.rmSync(folder, { recursive: true, force: true });
  }
}
