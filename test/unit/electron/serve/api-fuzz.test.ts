import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { openBackend, type Backend } from '../../../../electron/backend/backend';
import { startServer, type RunningServer } from '../../../../electron/serve/server';
import { contract, rendererMethodNames, type RendererMethodName } from '../../../../shared/api/contract';
import { sampleDocxArticle, tinyPngBase64 } from '../backend/import/import-test-files';
import { rawRequest } from './http-request';
import { arbitraryOf, mutate, mutationArbitrary, type JsonSchema, type NamedArbitraries } from './json-schema-arbitrary';

/**
 * Property-based fuzzing of every method the page may call, over HTTP, on a temporary database:
 * arguments generated from the contract's schemas (valid ones, and ones with a value replaced by a
 * hostile one, a key removed or a key added; raw bodies with NaN and Infinity). Whatever arrives,
 * the server answers below 500, never with an internal error, keeps answering, and every refusal
 * names what is wrong. Methods for trusted callers only (database.check, database.backup,
 * comments.importPaths: the ones that take paths) are not served over HTTP (a 404, see
 * server.test.ts); export.article's folder is kept inside the temporary folder (`confined`).
 * NEWSDESK_FUZZ_RUNS sets the runs per method (default 30), NEWSDESK_FUZZ_STATS=1 prints what the calls answered.
 */

const runsPerMethod = Number(process.env.NEWSDESK_FUZZ_RUNS ?? 30);
const fixtures = fileURLToPathOf('../../../fixtures/');

function fileURLToPathOf(relative: string): string {
  return new URL(relative, import.meta.url).pathname;
}

let folder: string;
let exportRoot: string;
let backend: Backend;
let server: RunningServer;
const serverErrors: unknown[] = [];
const backendErrors: string[] = [];
let seededHash = '';
let sampleFiles: Array<{ name: string; base64: string }> = [];

beforeAll(async () => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-fuzz-')));
  exportRoot = path.join(folder, 'exports');
  fs.mkdirSync(exportRoot);
  const rendererDir = path.join(folder, 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>fuzz</title>');
  backend = openBackend({ databasePath: path.join(folder, 'fuzz.sqlite'), checkResults: true, logError: (message) => backendErrors.push(message) });
  server = await startServer({ backend, rendererDir, onError: (error) => serverErrors.push(error) });

  for (const headline of ['Bão số 3 đổ bộ Quảng Ninh', 'Giá xăng giảm', '']) await backend.call('articles.create', { fields: { headline } });
  await backend.call('authors.create', { name: 'Nguyễn Văn An' });
  await backend.call('categories.create', { name: 'Thời sự' });
  seededHash = (await backend.call('media.put', { data: tinyPngBase64, fileName: 'pixel.png' })).hash;

  const fixtureFiles = ['import/seed-article.txt', 'import/article-fragment.html', 'import/saved-article-page.html', 'comments/portal.csv', 'comments/portal.json', 'comments/disqus.xml', 'comments/wordpress.wxr.xml'];
  sampleFiles = fixtureFiles.map((relative) => ({ name: path.basename(relative), base64: fs.readFileSync(path.join(fixtures, relative)).toString('base64') }));
  sampleFiles.push({ name: 'bai.docx', base64: Buffer.from(await sampleDocxArticle()).toString('base64') });
  sampleFiles.push({ name: 'pixel.png', base64: tinyPngBase64 });
  const comments = await backend.call('comments.import', { files: [{ name: 'portal.csv', data: sampleFiles[3]!.base64 }] });
  expect(comments.files[0]).toBeDefined();
});

afterAll(async () => {
  if (process.env.NEWSDESK_FUZZ_STATS === '1') {
    for (const [method, byKind] of tally) console.log(method, JSON.stringify(Object.fromEntries(byKind)));
  }
  await server?.close();
  backend?.close();
  if (folder) fs.rmSync(folder, { recursive: true, force: true });
});

function namedArbitraries(): NamedArbitraries {
  const fileName = fc.oneof(fc.constantFrom(...sampleFiles.map((file) => file.name), 'tin.txt', 'trang.html', 'bai.htm', 'x.docx', 'anh.png', 'noext'), fc.string({ minLength: 1, maxLength: 20 }));
  const data = fc.oneof(
    fc.constantFrom(...sampleFiles.map((file) => file.base64)),
    // A file cut short anywhere.
    fc.tuple(fc.constantFrom(...sampleFiles), fc.double({ min: 0, max: 1, noNaN: true })).map(([file, share]) => {
      const bytes = Buffer.from(file.base64, 'base64');
      return bytes.subarray(0, Math.floor(bytes.length * share)).toString('base64');
    }),
    fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString('base64')),
    fc.string({ unit: 'grapheme', maxLength: 500 }).map((text) => Buffer.from(text).toString('base64')),
  );
  const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });
  const inline = fc.record({ type: fc.constant('text'), text }, { requiredKeys: ['type', 'text'] });
  const block = fc.oneof(
    fc.record({ type: fc.constant('paragraph'), content: fc.array(inline, { maxLength: 3 }) }),
    fc.record({ type: fc.constant('heading'), attrs: fc.record({ level: fc.constantFrom(2, 3) }), content: fc.array(inline, { minLength: 1, maxLength: 2 }) }),
    fc.record({ type: fc.constant('blockquote'), content: fc.array(fc.record({ type: fc.constant('paragraph'), content: fc.array(inline, { maxLength: 2 }) }), { minLength: 1, maxLength: 2 }) }),
  );
  // A file as the page sends it: a sample under its own name (whole or cut short), or anything under any name.
  const file = fc.oneof(
    { arbitrary: fc.constantFrom(...sampleFiles).map((sample) => ({ name: sample.name, data: sample.base64 })), weight: 2 },
    fc.record({ name: fileName, data }),
  );
  return {
    files: fc.array(file, { minLength: 1, maxLength: 3 }),
    name: fileName,
    fileName,
    data,
    body: fc.oneof({ arbitrary: fc.record({ type: fc.constant('doc'), content: fc.array(block, { minLength: 1, maxLength: 4 }) }), weight: 4 }, fc.jsonValue({ maxDepth: 3 })),
    folder: fc.oneof(fc.constantFrom(exportRoot, path.join(exportRoot, 'Xuất HTML'), path.join(exportRoot, 'a', 'b')), fc.string({ maxLength: 20 })),
    hash: fc.oneof(fc.constant(seededHash), fc.stringMatching(/^[0-9a-f]{64}$/)),
  };
}

/** Only the import methods read file names as file names; elsewhere `name` is a person's or category's name. */
const methodsWithFiles = new Set<RendererMethodName>(['import.files', 'comments.import', 'media.put']);

/** Keeps every folder an export may write inside the temporary folder: never the real file system. */
function confined(method: RendererMethodName, args: unknown): unknown {
  if (method !== 'export.article' || typeof args !== 'object' || args === null || Array.isArray(args)) return args;
  const folderArg = (args as { folder?: unknown }).folder;
  const inside = typeof folderArg === 'string' && !folderArg.includes('..') && (folderArg === exportRoot || folderArg.startsWith(`${exportRoot}${path.sep}`));
  // A relative folder is refused by the backend (export-folder-not-absolute) before anything is written.
  if (typeof folderArg !== 'string' || !path.isAbsolute(folderArg) || inside) return args;
  // An absolute folder elsewhere is moved under the export root ('..' cannot climb out of it).
  return { ...args, folder: path.join(exportRoot, folderArg.replace(/\.\./g, '__')) };
}

interface Sent {
  method: string;
  body: string;
  mutatedPath?: string;
  /** Replace the generated expectedVersion by the article's stored one just before sending (as the editor does). */
  currentVersion?: boolean;
}

/** The body with `expectedVersion` set to the stored version of the article `id`, when both are there. */
async function withCurrentVersion(body: string): Promise<string> {
  let args: unknown;
  try {
    args = JSON.parse(body);
  } catch {
    return body;
  }
  if (typeof args !== 'object' || args === null || !('id' in args) || !('expectedVersion' in args) || typeof args.id !== 'number') return body;
  const outcome = await backend.callFromTransport('articles.get', { id: args.id });
  return outcome.ok ? JSON.stringify({ ...args, expectedVersion: (outcome.value as { version: number }).version }) : body;
}

const forbiddenCodes = new Set(['internal']);

/** Answers by method and kind (`ok`, or the refusal's reason), to show the runs reach the handlers. */
const tally = new Map<string, Map<string, number>>();

function count(method: string, kind: string): void {
  const byKind = tally.get(method) ?? new Map<string, number>();
  byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  tally.set(method, byKind);
}

async function sendAndCheck(sent: Sent): Promise<void> {
  if (sent.currentVersion) sent.body = await withCurrentVersion(sent.body);
  const response = await rawRequest({
    port: server.port,
    path: `/api/${sent.method}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-newsdesk-token': server.token },
    body: sent.body,
  });
  const context = `${sent.method} ${sent.body.slice(0, 300)}${sent.body.length > 300 ? '…' : ''}`;
  expect(response.status, context).toBeLessThan(500);
  const outcome = JSON.parse(response.text) as { ok: boolean; error?: { code: string; reason: string; message: string; where?: string; params?: Record<string, unknown> } };
  expect(typeof outcome.ok, context).toBe('boolean');
  if (response.status !== 200) expect(outcome.ok, context).toBe(false);
  count(sent.method, outcome.ok ? 'ok' : `${response.status} ${outcome.error?.reason ?? '?'}`);
  if (outcome.ok) return;
  const error = outcome.error!;
  expect(forbiddenCodes.has(error.code), `${context}\n→ ${JSON.stringify(error)}`).toBe(false);
  expect(error.message.length, context).toBeGreaterThan(0);
  // The refusal names what is wrong: where (an argument path, a header, the body), or in its message
  // the method (for the whole arguments) or the file it refuses.
  const namedValues = [sent.method, ...Object.values(error.params ?? {}).filter((value): value is string => typeof value === 'string' && value.length > 0)];
  const named = (typeof error.where === 'string' && error.where.length > 0) || namedValues.some((value) => error.message.includes(value));
  expect(named, `${context}\n→ ${JSON.stringify(error)}`).toBe(true);
}

function argumentsArbitrary(method: RendererMethodName): fc.Arbitrary<Sent> {
  const schema = z.toJSONSchema(contract[method].args, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const named = namedArbitraries();
  if (!methodsWithFiles.has(method)) delete named.name;
  const valid = arbitraryOf(schema, named);
  const asSent = (args: unknown, mutatedPath?: string): Sent => ({
    method,
    body: args === undefined ? '' : JSON.stringify(confined(method, args)),
    ...(mutatedPath === undefined ? {} : { mutatedPath }),
  });
  return fc.oneof(
    { arbitrary: fc.tuple(valid, fc.boolean()).map(([args, currentVersion]) => ({ ...asSent(args), currentVersion: currentVersion && method === 'articles.save' })), weight: 3 },
    {
      arbitrary: fc.tuple(valid, mutationArbitrary).map(([args, mutation]) => {
        const mutated = mutate(args, mutation);
        return asSent(mutated.value, mutated.path);
      }),
      weight: 6,
    },
    {
      // JSON cannot carry these numbers: a body with them is not JSON (or, for 1e999, is Infinity once parsed).
      // Nesting far deeper than any argument, as raw text (JSON.stringify of it would overflow the stack here).
      arbitrary: fc.integer({ min: 1_000, max: 200_000 }).map((depth) => ({ method, body: `{"x":${'['.repeat(depth)}${']'.repeat(depth)}}` })),
      weight: 1,
    },
    {
      arbitrary: fc.tuple(valid, fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e999', '-1e999', '-0', '1e-400')).map(([args, number]) => {
        const text = JSON.stringify(confined(method, args));
        const replaced = text.replace(/(:\s*)-?\d+(\.\d+)?([eE][+-]?\d+)?/, `$1${number}`);
        return { method, body: replaced === text ? `{"x": ${number}}` : replaced };
      }),
      weight: 1,
    },
  );
}

describe(`every API method over HTTP (${runsPerMethod} runs each; NEWSDESK_FUZZ_RUNS for more)`, { timeout: 600_000 }, () => {
  it('covers every method the page may call', () => {
    expect(rendererMethodNames.length).toBeGreaterThan(30);
    expect(rendererMethodNames).not.toContain('database.backup');
  });

  it.each(rendererMethodNames.map((method) => [method]))('%s: no 5xx, no internal error, every refusal names what is wrong', async (method) => {
    await fc.assert(
      fc.asyncProperty(argumentsArbitrary(method), async (sent) => {
        await sendAndCheck(sent);
      }),
      { numRuns: runsPerMethod, endOnFailure: true },
    );
    // Still answering, and nothing was logged as an unexpected failure.
    expect((await rawRequest({ port: server.port, path: '/api/app.info', method: 'POST', headers: { 'content-type': 'application/json', 'x-newsdesk-token': server.token }, body: '{}' })).status).toBe(200);
    expect(serverErrors).toEqual([]);
    expect(backendErrors).toEqual([]);
  });

  it('reached the handlers: many calls succeeded, many were refused', () => {
    const all = [...tally.values()].flatMap((byKind) => [...byKind.entries()]);
    const succeeded = all.filter(([kind]) => kind === 'ok').reduce((sum, [, n]) => sum + n, 0);
    const total = all.reduce((sum, [, n]) => sum + n, 0);
    expect(succeeded / total).toBeGreaterThan(0.1);
    expect(succeeded / total).toBeLessThan(0.9);
  });
});
