import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/backend/backend';
import { latestSchemaVersion } from '../../../../../electron/backend/store/migrations/runner';
import { backendFixture, call } from '../backend-fixture';

describe('app.info', () => {
  const fixture = backendFixture();

  it('gives the package version, the database path, the schema and SQLite versions', async () => {
    const backend = fixture.open();
    const packageVersion = (JSON.parse(fs.readFileSync(new URL('../../../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
    expect(await call(backend, 'app.info', {})).toEqual({
      version: packageVersion,
      databasePath: backend.databasePath,
      schemaVersion: latestSchemaVersion(),
      sqliteVersion: expect.stringMatching(/^3\.\d+\.\d+$/),
    });
  });

  it('gives the version the caller names', async () => {
    const backend = openBackend({ databasePath: `${fixture.folder()}/newsdesk.sqlite`, appVersion: '9.8.7' });
    try {
      expect(await call(backend, 'app.info', {})).toMatchObject({ version: '9.8.7' });
    } finally {
      backend.close();
    }
  });
});
