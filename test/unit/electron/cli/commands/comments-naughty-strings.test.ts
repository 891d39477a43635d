import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNewsdesk } from '../cli-in-process';
import { temporaryFolder } from '../cli-process';

/** The Big List of Naughty Strings (MIT licence, test/fixtures/blns/LICENSE). */
const naughty = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../../fixtures/blns/blns.json'), 'utf8')) as string[];

let folder: string;
beforeAll(() => (folder = temporaryFolder()));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('comments holding the Big List of Naughty Strings', () => {
  it('round-trip exactly through a JSON import and comments list --json', async () => {
    // The empty string is not a comment (a body is required); NUL and other controls are kept as written.
    const strings = [...naughty.filter((value) => value !== ''), 'NUL\u0000inside', 'nfd: Hoa\u0300 bi\u0300nh'];
    const records = strings.map((value, index) => ({ id: `blns-${index}`, article_url: '', article_title: value, author: value, email: null, created_at: '2024-01-01T00:00:00Z', parent_id: null, status: '', body: value }));
    fs.writeFileSync(path.join(folder, 'naughty.json'), JSON.stringify(records, null, 1));
    const databasePath = path.join(folder, 'naughty.sqlite');
    const imported = await runNewsdesk(['comments', 'import', 'naughty.json', '--json', '--db', databasePath], { cwd: folder });
    expect(imported.code, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)[0]).toMatchObject({ created: strings.length });
    expect((JSON.parse(imported.stdout)[0] as { warnings: Array<{ code: string }> }).warnings.filter((warning) => warning.code !== 'html-in-body')).toEqual([]);

    const listed = await runNewsdesk(['comments', 'list', '--json', '--db', databasePath], { cwd: folder });
    expect(listed.code, listed.stderr).toBe(0);
    const byId = new Map((JSON.parse(listed.stdout) as Array<{ externalId: string; body: string; author: string; articleTitle: string }>).map((comment) => [comment.externalId, comment]));
    expect(byId.size).toBe(strings.length);
    strings.forEach((value, index) => {
      const comment = byId.get(`blns-${index}`)!;
      // Bodies, authors and titles are NFC, otherwise exactly as written.
      expect({ body: comment.body, author: comment.author, articleTitle: comment.articleTitle }).toEqual({ body: value.normalize('NFC'), author: value.normalize('NFC'), articleTitle: value.normalize('NFC') });
    });
  });
});
