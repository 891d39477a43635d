import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databasePathFor, electronNativeBindingPath } from '../../../../electron/main/app-locations';

describe('databasePathFor', () => {
  it('puts the database in the user data folder', () => {
    expect(databasePathFor('/home/bientap/.config/Newsdesk', {})).toBe(path.join('/home/bientap/.config/Newsdesk', 'newsdesk.sqlite'));
  });

  it('lets NEWSDESK_DB choose another file, made absolute', () => {
    expect(databasePathFor('/ignored', { NEWSDESK_DB: '/tmp/test.sqlite' })).toBe(path.resolve('/tmp/test.sqlite'));
    expect(databasePathFor('/ignored', { NEWSDESK_DB: 'relative.sqlite' })).toBe(path.resolve('relative.sqlite'));
    expect(databasePathFor('/data', { NEWSDESK_DB: '  ' })).toBe(path.join('/data', 'newsdesk.sqlite'));
  });
});

describe('electronNativeBindingPath', () => {
  it('uses the resources folder of a packaged app, and electron/dist/native in the source tree', () => {
    expect(electronNativeBindingPath({ isPackaged: true, appPath: '/opt/Newsdesk/resources/app.asar', resourcesPath: '/opt/Newsdesk/resources' })).toBe(
      path.join('/opt/Newsdesk/resources', 'native', 'better_sqlite3.node'),
    );
    expect(electronNativeBindingPath({ isPackaged: false, appPath: '/src/newsdesk', resourcesPath: '/ignored' })).toBe(
      path.join('/src/newsdesk', 'electron', 'dist', 'native', 'better_sqlite3.node'),
    );
  });
});
