import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBatch, type ExportBatchOutcome } from '../../../../electron/cli/export-batch';
import { backendFixture } from '../backend/backend-fixture';
import { createExportableArticle, putImage, sampleImage } from '../backend/export/export-test-data';

describe('exportBatch', () => {
  const fixture = backendFixture();

  it('exports several articles at once, reporting them in order; equal names become -2, -3 even in flight together', async () => {
    const backend = fixture.open();
    const image = await putImage(backend, await sampleImage(700, 400, 'jpeg'));
    await backend.call('settings.update', { changes: { exportImageMaxWidth: 320 } });
    const ids: number[] = [];
    for (let index = 0; index < 5; index += 1) ids.push((await createExportableArticle(backend, [image], 'Trùng tên')).id);
    const out = fixture.folder();
    const outcomes: ExportBatchOutcome[] = [];
    await exportBatch(backend, [...ids, 999], { folder: out, images: 'folder', ifExists: 'rename' }, { concurrency: 4, onOutcome: (outcome) => outcomes.push(outcome) });
    expect(outcomes.map((outcome) => outcome.id)).toEqual([...ids, 999]);
    const paths = outcomes.flatMap((outcome) => ('result' in outcome && outcome.result.outcome === 'written' ? [path.relative(out, outcome.result.path)] : []));
    expect([...paths].sort()).toEqual(['trung-ten', 'trung-ten-2', 'trung-ten-3', 'trung-ten-4', 'trung-ten-5'].map((name) => path.join(name, 'index.html')).sort());
    expect(outcomes[5]).toMatchObject({ id: 999, error: { reason: 'article-not-found' } });
    expect(fs.readdirSync(out).sort()).toEqual(['trung-ten', 'trung-ten-2', 'trung-ten-3', 'trung-ten-4', 'trung-ten-5']);
  });

  it('starts no article once stopped, and reports the rest as stopped', async () => {
    const backend = fixture.open();
    const ids = [];
    for (let index = 0; index < 3; index += 1) ids.push((await backend.call('articles.create', { fields: { headline: `Tin ${index}` } })).id);
    const stop = new AbortController();
    const outcomes: ExportBatchOutcome[] = [];
    await exportBatch(backend, ids, { folder: fixture.folder(), images: 'embed', ifExists: 'rename' }, {
      concurrency: 1,
      stopSignal: stop.signal,
      onOutcome(outcome) {
        outcomes.push(outcome);
        stop.abort();
      },
    });
    expect(outcomes.map((outcome) => ('stopped' in outcome ? 'stopped' : 'result' in outcome ? outcome.result.outcome : 'error'))).toEqual(['written', 'stopped', 'stopped']);
  });
});
