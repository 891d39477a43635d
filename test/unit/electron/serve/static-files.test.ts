import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveStaticFile } from '../../../../electron/serve/static-files';

let folder: string;
let root: string;

beforeAll(() => {
  folder = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-static-')));
  root = path.join(folder, 'dist');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), 'page');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'script');
  fs.writeFileSync(path.join(root, 'assets', 'tiêu đề.txt'), 'vietnamese name');
  fs.writeFileSync(path.join(folder, 'outside.txt'), 'outside');
  fs.symlinkSync(path.join(folder, 'outside.txt'), path.join(root, 'escape.txt'));
  fs.symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'inside-link.js'));
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('resolveStaticFile', () => {
  it('maps / to index.html and other paths to their files', async () => {
    expect(await resolveStaticFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(await resolveStaticFile(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(await resolveStaticFile(root, `/assets/${encodeURIComponent('tiêu đề.txt')}`)).toBe(path.join(root, 'assets', 'tiêu đề.txt'));
    expect(await resolveStaticFile(root, '/inside-link.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it.each([
    '/missing.js',
    '/assets',
    '/../outside.txt',
    '/assets/../../outside.txt',
    '/..%2foutside.txt',
    '/assets%2f..%2f..%2foutside.txt',
    '/..%5coutside.txt',
    '/escape.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
  ])('gives null for %s', async (urlPath) => {
    expect(await resolveStaticFile(root, urlPath)).toBeNull();
  });

  it('gives null for an absolute path outside the folder, percent-encoded', async () => {
    expect(await resolveStaticFile(root, `/${encodeURIComponent(path.join(folder, 'outside.txt'))}`)).toBeNull();
  });
});
