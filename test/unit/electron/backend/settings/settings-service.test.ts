import { describe, expect, it } from 'vitest';
import { backendFixture, call, callError } from '../backend-fixture';

describe('settings', () => {
  const fixture = backendFixture();

  it('defaults to Vietnamese, the old tone-mark style, and limits of 120 and 400 characters', async () => {
    const backend = fixture.open();
    expect(await call(backend, 'settings.get', {})).toEqual({ language: 'vi', toneStyle: 'old', headlineLimit: 120, sapoLimit: 400, maxImageMegabytes: 30, exportImageMaxWidth: 1600, exportOriginals: false, exportFolder: '', moderatorName: '', autoRejectBanned: false, autoBackup: true, backupKeep: 24, spellCheck: true, spellCheckIgnored: [] });
  });

  it('changes only the settings named, and keeps them across opens', async () => {
    const backend = fixture.open();
    expect(await call(backend, 'settings.update', { changes: { language: 'en' } })).toEqual({ language: 'en', toneStyle: 'old', headlineLimit: 120, sapoLimit: 400, maxImageMegabytes: 30, exportImageMaxWidth: 1600, exportOriginals: false, exportFolder: '', moderatorName: '', autoRejectBanned: false, autoBackup: true, backupKeep: 24, spellCheck: true, spellCheckIgnored: [] });
    expect(await call(backend, 'settings.update', { changes: { toneStyle: 'new', headlineLimit: 90 } })).toEqual({ language: 'en', toneStyle: 'new', headlineLimit: 90, sapoLimit: 400, maxImageMegabytes: 30, exportImageMaxWidth: 1600, exportOriginals: false, exportFolder: '', moderatorName: '', autoRejectBanned: false, autoBackup: true, backupKeep: 24, spellCheck: true, spellCheckIgnored: [] });
    backend.close();
    const reopened = fixture.open({ databasePath: backend.databasePath });
    expect(await call(reopened, 'settings.get', {})).toEqual({ language: 'en', toneStyle: 'new', headlineLimit: 90, sapoLimit: 400, maxImageMegabytes: 30, exportImageMaxWidth: 1600, exportOriginals: false, exportFolder: '', moderatorName: '', autoRejectBanned: false, autoBackup: true, backupKeep: 24, spellCheck: true, spellCheckIgnored: [] });
  });

  it('refuses unknown settings and values', async () => {
    const backend = fixture.open();
    expect(await callError(backend, 'settings.update', { changes: { language: 'fr' } })).toMatchObject({ code: 'invalid_argument', where: 'changes.language' });
    expect(await callError(backend, 'settings.update', { changes: { maxImageMegabytes: 31 } })).toMatchObject({ code: 'invalid_argument', where: 'changes.maxImageMegabytes' });
    expect(await call(backend, 'settings.update', { changes: { maxImageMegabytes: 5 } })).toMatchObject({ maxImageMegabytes: 5 });
    expect(await callError(backend, 'settings.update', { changes: { theme: 'dark' } })).toMatchObject({ code: 'invalid_argument', where: 'changes.theme' });
    expect(await callError(backend, 'settings.update', { changes: { sapoLimit: 10 } })).toMatchObject({ code: 'invalid_argument', where: 'changes.sapoLimit' });
    expect(await callError(backend, 'settings.update', { changes: { backupKeep: 0 } })).toMatchObject({ code: 'invalid_argument', where: 'changes.backupKeep' });
    expect(await callError(backend, 'settings.update', { changes: { autoBackup: 'yes' } })).toMatchObject({ code: 'invalid_argument', where: 'changes.autoBackup' });
  });

  it('falls back to the default for a stored value it does not understand', async () => {
    const backend = fixture.open();
    const insert = backend.database.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    insert.run('language', '"klingon"');
    insert.run('toneStyle', '"new"');
    insert.run('headlineLimit', '"long"');
    insert.run('somethingFromTheFuture', '{"a": 1}');
    expect(await call(backend, 'settings.get', {})).toEqual({ language: 'vi', toneStyle: 'new', headlineLimit: 120, sapoLimit: 400, maxImageMegabytes: 30, exportImageMaxWidth: 1600, exportOriginals: false, exportFolder: '', moderatorName: '', autoRejectBanned: false, autoBackup: true, backupKeep: 24, spellCheck: true, spellCheckIgnored: [] });
  });
});
