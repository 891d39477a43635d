import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend } from '../../../../../electron/backend/backend';
import { runNewsdesk } from '../cli-in-process';
import { temporaryFolder } from '../cli-process';

let folder: string;
let databasePath: string;

beforeAll(() => {
  folder = temporaryFolder();
  databasePath = path.join(folder, 'newsdesk.sqlite');
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('newsdesk authors', () => {
  it('adds authors (creating the database) and lists them in Vietnamese order', async () => {
    const added = await runNewsdesk(['authors', 'add', 'Đỗ Hùng', '--json', '--db', databasePath], { cwd: folder });
    expect(added.code, added.stderr).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual({ id: 1, name: 'Đỗ Hùng', penName: null, role: 'reporter', active: true });
    const second = await runNewsdesk(['authors', 'add', 'Dương Minh', '--pen-name', 'D.M', '--role', 'photographer', '--db', databasePath], { cwd: folder });
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toBe('Added author 2: Dương Minh (D.M), photographer.\n');

    const listed = await runNewsdesk(['authors', 'list', '--json', '--db', databasePath], { cwd: folder });
    expect(listed.code, listed.stderr).toBe(0);
    expect((JSON.parse(listed.stdout) as Array<{ name: string }>).map((author) => author.name)).toEqual(['Dương Minh', 'Đỗ Hùng']);

    const table = await runNewsdesk(['authors', 'list', '--db', databasePath], { cwd: folder });
    const lines = table.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+ROLE\s+ACTIVE\s+NAME\s+PEN NAME$/);
    expect(lines[1]).toMatch(/^2\s+photographer\s+yes\s+Dương Minh\s+D\.M$/);
  });

  it('lists inactive authors only with --all', async () => {
    const backend = openBackend({ databasePath });
    try {
      await backend.call('authors.update', { id: 1, active: false });
    } finally {
      backend.close();
    }
    const active = await runNewsdesk(['authors', 'list', '--json', '--db', databasePath], { cwd: folder });
    expect((JSON.parse(active.stdout) as Array<{ name: string }>).map((author) => author.name)).toEqual(['Dương Minh']);
    const all = await runNewsdesk(['authors', 'list', '--all', '--json', '--db', databasePath], { cwd: folder });
    expect(JSON.parse(all.stdout)).toEqual([
      { id: 2, name: 'Dương Minh', penName: 'D.M', role: 'photographer', active: true },
      { id: 1, name: 'Đỗ Hùng', penName: null, role: 'reporter', active: false },
    ]);
  });

  it('fails with 1 naming the author when the name is taken', async () => {
    const run = await runNewsdesk(['authors', 'add', 'đỗ hùng', '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already has "Đỗ Hùng" (id 1)');
  });

  it.each([
    [['authors'], 'ACTION'],
    [['authors', 'remove'], 'authors needs an action: list or add, not "remove"'],
    [['authors', 'add'], 'authors add needs the NAME'],
    [['authors', 'add', 'X', '--role', 'writer'], '--role must be one of reporter, editor, contributor, photographer, not "writer"'],
    [['authors', 'list', 'X'], 'authors list takes no NAME'],
    [['authors', 'list', '--role', 'editor'], '--pen-name and --role go with authors add'],
    [['authors', 'add', 'X', '--all'], '--all goes with authors list'],
  ])('exits with 2 on %j', async (argv, message) => {
    const run = await runNewsdesk([...argv, '--db', databasePath], { cwd: folder });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });
});
