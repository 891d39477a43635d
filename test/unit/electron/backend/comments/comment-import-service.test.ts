import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../../../shared/api/errors';
import { sql } from '../../../../../electron/backend/store/sql';
import { backendFixture, call, fakeClock } from '../backend-fixture';
import { commentFixtures } from './import/read-comments';
import { commentRows, importServiceOf, stagingCount, writeFile } from './comment-import-fixture';

const fixture = (name: string) => path.join(commentFixtures, name);
const keep = { overwriteDecisions: false };

async function importError(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    return error as ApiError;
  }
  throw new Error('the import succeeded');
}

describe('comment import service', () => {
  const backends = backendFixture();

  it('imports every format from disk and reports per file', async () => {
    const backend = backends.open({ now: fakeClock('2024-04-01T00:00:00.000Z').now });
    const { service } = importServiceOf(backend);
    const reports = await service.importPaths(['wordpress.wxr.xml', 'disqus.xml', 'portal.csv', 'portal.json', 'portal-tcvn3.csv'].map(fixture), keep);
    expect(reports.map(({ file, format, created, updated, unchanged }) => ({ file, format, created, updated, unchanged }))).toEqual([
      { file: 'wordpress.wxr.xml', format: 'wxr', created: 4, updated: 0, unchanged: 0 },
      { file: 'disqus.xml', format: 'disqus', created: 3, updated: 0, unchanged: 0 },
      { file: 'portal.csv', format: 'csv', created: 3, updated: 0, unchanged: 0 },
      { file: 'portal.json', format: 'json', created: 2, updated: 0, unchanged: 0 },
      { file: 'portal-tcvn3.csv', format: 'csv', created: 1, updated: 0, unchanged: 0 },
    ]);
    expect(reports[4]!.warnings).toEqual([{ code: 'legacy-encoding-converted', record: 'line 2 (id t-1)', detail: 'TCVN3 (ABC)' }]);
    const rows = commentRows(backend);
    expect(rows).toHaveLength(13);
    const json1 = rows.find((row) => row.external_id === 'j-1')!;
    expect(json1).toMatchObject({ source: 'portal', status: 'pending', queue: 'reported', imported_at: '2024-04-01T00:00:00.000Z', decided_at: null });
    expect(JSON.parse(json1.flags_json)).toEqual([
      { kind: 'banned-word', entry: 'đồ ngu', match: 'Đồ ngu', start: 0, end: 6 },
      { kind: 'link', entry: null, match: 'www.example.com', start: 31, end: 46 },
    ]);
    expect(json1.body_folded).toBe('do ngu, viet sai het! xem them www.example.com hoang nam khanh thanh cau rong moi');
    expect(json1.author_folded).toBe('hoang nam');
    const reported = rows.find((row) => row.source === 'portal' && row.external_id === '2')!;
    expect(reported).toMatchObject({ status: 'approved', queue: 'approved', reports: 3 });
    expect(JSON.parse(reported.flags_json)).toEqual([{ kind: 'reported', entry: null, match: null, start: null, end: null }]);
    const wp13 = rows.find((row) => row.source === 'wordpress' && row.external_id === '13')!;
    expect(JSON.parse(wp13.flags_json).map((flag: { kind: string }) => flag.kind)).toEqual(['suspect-word', 'link']);
    expect(stagingCount(backend)).toBe(0);
  });

  it('re-imports idempotently: updates by source and external id, never duplicates', async () => {
    const backend = backends.open();
    const { service } = importServiceOf(backend);
    await service.importPaths([fixture('portal.json')], keep);
    const before = commentRows(backend);
    const again = await service.importPaths([fixture('portal.json')], keep);
    expect(again[0]).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(commentRows(backend)).toEqual(before);

    const folder = backends.folder();
    const changed = JSON.parse(fs.readFileSync(fixture('portal.json'), 'utf8')) as Array<Record<string, unknown>>;
    changed[1]!.body = 'Đã sửa.';
    changed.push({ id: 'j-3', created_at: '2024-03-05T00:00:00Z', author: 'Mới', body: 'Mới thêm' });
    const report = await service.importPaths([writeFile(folder, 'changed.json', JSON.stringify(changed))], keep);
    expect(report[0]).toMatchObject({ created: 1, updated: 1, unchanged: 1 });
    const rows = commentRows(backend);
    expect(rows).toHaveLength(3);
    expect(rows.find((row) => row.external_id === '2')).toMatchObject({ id: before.find((row) => row.external_id === '2')!.id, body: 'Đã sửa.' });
  });

  it('keeps local decisions unless told to overwrite them', async () => {
    const backend = backends.open();
    const { service } = importServiceOf(backend);
    await service.importPaths([fixture('portal.json')], keep);
    backend.context.queries.run(sql`UPDATE comments SET status = 'rejected', queue = 'rejected', decided_at = '2024-03-10T00:00:00.000Z', moderator = 'Lan', note = 'xúc phạm' WHERE external_id = 'j-1'`);
    const kept = await service.importPaths([fixture('portal.json')], keep);
    expect(kept[0]).toMatchObject({ keptDecisions: 1, unchanged: 2 });
    expect(commentRows(backend).find((row) => row.external_id === 'j-1')).toMatchObject({ status: 'rejected', queue: 'rejected', decided_at: '2024-03-10T00:00:00.000Z', moderator: 'Lan', note: 'xúc phạm' });

    const overwritten = await service.importPaths([fixture('portal.json')], { overwriteDecisions: true });
    expect(overwritten[0]).toMatchObject({ keptDecisions: 0, updated: 1, unchanged: 1 });
    expect(commentRows(backend).find((row) => row.external_id === 'j-1')).toMatchObject({ status: 'pending', queue: 'reported', decided_at: null, moderator: null, note: null });
  });

  it('imports nothing from a call with a bad file: the store is exactly as before', async () => {
    const backend = backends.open();
    const { service } = importServiceOf(backend);
    await service.importPaths([fixture('portal.csv')], keep);
    const before = commentRows(backend);
    for (const bad of ['portal-truncated.json', 'portal-bad-quote.csv', 'wordpress-truncated.wxr.xml', 'disqus-truncated.xml', 'not-comments.txt']) {
      const error = await importError(service.importPaths([fixture('portal.json'), fixture(bad)], keep));
      expect(error.params).toMatchObject({ fileName: bad });
      expect(commentRows(backend)).toEqual(before);
      expect(stagingCount(backend)).toBe(0);
    }
    const missing = await importError(service.importPaths([path.join(backends.folder(), 'khong-co.json')], keep));
    expect(missing).toMatchObject({ reason: 'import-file-missing', params: { fileName: 'khong-co.json', problem: 'ENOENT' } });
    expect(await importError(service.importPaths([backends.folder()], keep))).toMatchObject({ reason: 'import-file-not-regular' });
  });

  it('rolls back a big file that fails after several staged batches', async () => {
    const backend = backends.open();
    const { service } = importServiceOf(backend);
    const records = Array.from({ length: 2500 }, (_, index) => JSON.stringify({ id: index + 1, created_at: '2024-01-01T00:00:00Z', author: 'A', body: `b${index}` }));
    const data = new TextEncoder().encode(`[${records.join(',\n')},\n{"id": 9999, "created_at": "2024-01-01T00:00:00Z", "author": "A"}]`);
    const error = await importError(service.importFiles([{ name: 'lon.json', data }], keep));
    expect(error.params).toEqual({ fileName: 'lon.json', where: 'record 2501 (line 2501)', problem: 'comment 9999 has no body' });
    expect(commentRows(backend)).toEqual([]);
    expect(stagingCount(backend)).toBe(0);
  });

  it('matches comments to local articles by URL slug or title', async () => {
    const backend = backends.open();
    const bridge = await call(backend, 'articles.create', { fields: { headline: 'Khánh thành cầu Rồng mới' } });
    const fuel = await call(backend, 'articles.create', { fields: { headline: 'Giá xăng giảm, giá điện tăng' } });
    const { service } = importServiceOf(backend);
    const reports = await service.importPaths([fixture('wordpress.wxr.xml'), fixture('portal.json'), fixture('portal.csv')], keep);
    expect(reports.map((report) => report.matchedToArticles)).toEqual([4, 2, 2]);
    const byId = Object.fromEntries(commentRows(backend).map((row) => [`${row.source}:${row.external_id}`, row.article_id]));
    expect(byId).toMatchObject({ 'wordpress:11': bridge.id, 'wordpress:13': fuel.id, 'portal:j-1': bridge.id, 'portal:2': fuel.id, 'portal:c-1': fuel.id, 'portal:c-3': null });
  });

  it('rejects comments with a banned word automatically when the setting says so', async () => {
    const backend = backends.open({ now: fakeClock('2024-04-02T00:00:00.000Z').now });
    await call(backend, 'settings.update', { changes: { autoRejectBanned: true } });
    const { service } = importServiceOf(backend);
    await service.importPaths([fixture('portal.json')], keep);
    expect(commentRows(backend).find((row) => row.external_id === 'j-1')).toMatchObject({
      status: 'rejected',
      queue: 'rejected',
      decided_at: '2024-04-02T00:00:00.000Z',
      moderator: 'auto',
      note: 'Từ cấm: đồ ngu',
    });
    expect((await service.importPaths([fixture('portal.json')], keep))[0]).toMatchObject({ unchanged: 2, keptDecisions: 1 });
  });

  it('imports files sent by the page', async () => {
    const backend = backends.open();
    const { service } = importServiceOf(backend);
    const [report] = await service.importFiles([{ name: 'gui-len.csv', data: fs.readFileSync(fixture('portal.csv')) }], keep);
    expect(report).toMatchObject({ file: 'gui-len.csv', format: 'csv', created: 3 });
  });
});
