import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/backend/backend';
import { createExportableArticle, putImage, sampleImage } from '../../backend/export/export-test-data';
import { runNewsdesk } from '../cli-in-process';
import { temporaryFolder } from '../cli-process';

let folder: string;
let databasePath: string;
let full: number;
let bare: number;
let broken: number;
let approved: number;

beforeAll(async () => {
  folder = temporaryFolder();
  databasePath = path.join(folder, 'newsdesk.sqlite');
  const backend = openBackend({ databasePath });
  try {
    const image = await putImage(backend, await sampleImage(120, 80, 'jpeg'));
    full = (await createExportableArticle(backend, [image], 'Khánh thành cầu mới')).id;
    bare = (await backend.call('articles.create', { fields: { headline: 'Tin ngắn', status: 'approved' } })).id;
    const damaged = await sampleImage(900, 600, 'jpeg', 4);
    damaged.fill(0, 200, damaged.length - 2);
    broken = (await createExportableArticle(backend, [await putImage(backend, damaged)], 'Ảnh hỏng')).id;
    approved = (await backend.call('articles.create', { fields: { headline: 'Đã duyệt', status: 'approved' } })).id;
    const trashed = await backend.call('articles.create', { fields: { headline: 'Trong thùng rác', status: 'approved' } });
    await backend.call('articles.trash', { id: trashed.id });
    await backend.call('settings.update', { changes: { exportImageMaxWidth: 320 } });
  } finally {
    backend.close();
  }
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

const run = (args: string[]) => runNewsdesk([...args, '--db', databasePath], { cwd: folder });

describe('newsdesk export', () => {
  it('writes one .html per article under DIR (relative to the working folder), printing each path', async () => {
    const result = await run(['export', String(full), String(bare), '--out', 'xuat-1']);
    expect(result.code, result.stderr).toBe(0);
    const out = path.join(folder, 'xuat-1');
    expect(result.stdout).toBe(`${path.join(out, 'khanh-thanh-cau-moi.html')}\n${path.join(out, 'tin-ngan.html')}\n`);
    expect(fs.readdirSync(out).sort()).toEqual(['khanh-thanh-cau-moi.html', 'tin-ngan.html']);
    expect(fs.readFileSync(path.join(out, 'khanh-thanh-cau-moi.html'), 'utf8')).toContain('data:image/jpeg;base64,');
    // The checklist's warnings go to standard error, without failing the run.
    expect(result.stderr).toContain(`warning: #${bare} tin-ngan: no sapo`);
    const shown = await run(['show', String(full), '--json']);
    expect(JSON.parse(shown.stdout)).toMatchObject({ status: 'exported' });
  });

  it('names a second export "<slug>-2" unless --overwrite, and prints JSON with --json', async () => {
    const out = path.join(folder, 'xuat-2');
    const first = await run(['export', String(full), '--out', out, '--json']);
    expect(first.code, first.stderr).toBe(0);
    const firstJson = JSON.parse(first.stdout) as { written: unknown[]; failed: unknown[]; warnings: unknown[] };
    expect(firstJson).toEqual({ written: [{ id: full, path: path.join(out, 'khanh-thanh-cau-moi.html') }], failed: [], warnings: firstJson.warnings });
    const second = await run(['export', String(full), '--out', out, '--json']);
    expect(JSON.parse(second.stdout)).toMatchObject({ written: [{ id: full, path: path.join(out, 'khanh-thanh-cau-moi-2.html') }] });
    const third = await run(['export', String(full), '--out', out, '--overwrite', '--json']);
    expect(JSON.parse(third.stdout)).toMatchObject({ written: [{ id: full, path: path.join(out, 'khanh-thanh-cau-moi.html') }] });
    expect(fs.readdirSync(out).sort()).toEqual(['khanh-thanh-cau-moi-2.html', 'khanh-thanh-cau-moi.html']);
    expect(fs.readFileSync(path.join(out, 'khanh-thanh-cau-moi-2.html'))).toEqual(fs.readFileSync(path.join(out, 'khanh-thanh-cau-moi.html')));
  });

  it('--images folder writes a folder per article; a failed article is reported and the run exits with 1', async () => {
    const out = path.join(folder, 'xuat-3');
    const result = await run(['export', String(broken), String(full), '--out', out, '--images', 'folder', '--json']);
    expect(result.code).toBe(1);
    const printed = JSON.parse(result.stdout) as { written: Array<{ id: number; path: string }>; failed: Array<{ id: number; reason: string }> };
    expect(printed.written).toEqual([{ id: full, path: path.join(out, 'khanh-thanh-cau-moi', 'index.html') }]);
    expect(printed.failed).toEqual([{ id: broken, reason: expect.stringMatching(/^The image [0-9a-f]{12}… could not be read for the export/) as unknown }]);
    expect(result.stderr).toContain(`newsdesk export: #${broken} anh-hong: The image`);
    expect(fs.readdirSync(path.join(out, 'khanh-thanh-cau-moi')).sort()).toEqual(['article.json', 'images', 'index.html']);
  });

  it('takes --status or --all, never trashed articles', async () => {
    const byStatus = await run(['export', '--status', 'approved', '--out', 'xuat-4', '--json']);
    expect(byStatus.code, byStatus.stderr).toBe(0);
    expect((JSON.parse(byStatus.stdout) as { written: Array<{ id: number }> }).written.map((entry) => entry.id)).toEqual([approved]);
    const everything = await run(['export', '--all', '--out', 'xuat-5', '--json']);
    expect(everything.code, everything.stderr).toBe(0);
    const printed = JSON.parse(everything.stdout) as { written: Array<{ id: number }>; failed: Array<{ id: number }> };
    expect(printed.written.map((entry) => entry.id)).toEqual([full, bare, broken, approved]);
  });

  it('refuses bad arguments with exit code 2, and an unknown id with 1', async () => {
    for (const [args, message] of [
      [['export', '--out', 'x'], 'Give the articles to export'],
      [['export', '1', '--all', '--out', 'x'], 'exactly one of them'],
      [['export', '1'], '--out DIR is required'],
      [['export', '1', '--out', 'x', '--images', 'zip'], '--images must be one of embed, folder'],
      [['export', 'abc', '--out', 'x'], 'ID must be an article id'],
      [['export', '--status', 'done', '--out', 'x'], '--status must be one of'],
    ] as const) {
      const result = await run([...args]);
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(message);
    }
    const unknown = await run(['export', '999', '--out', 'x']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('There is no article with id 999');
    expect(fs.existsSync(path.join(folder, 'x'))).toBe(false);
  });
});
