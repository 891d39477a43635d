import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtCliIsCurrent } from '../../../../../electron/backend/workers/built-bundle.mjs';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

/** A repository with two sources, a bundle and the list of inputs the build would write. */
function builtRepository(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-built-cli-'));
  folders.push(root);
  fs.mkdirSync(path.join(root, 'electron', 'dist'), { recursive: true });
  fs.mkdirSync(path.join(root, 'shared'));
  fs.writeFileSync(path.join(root, 'shared', 'a.ts'), 'export const a = 1;\n');
  fs.writeFileSync(path.join(root, 'package-lock.json'), '{}\n');
  fs.writeFileSync(path.join(root, 'electron', 'dist', 'newsdesk-cli.mjs'), 'export {};\n');
  const inputs = ['shared/a.ts', 'package-lock.json'].map((file) => {
    const status = fs.statSync(path.join(root, file));
    return [file, status.size, status.mtimeMs];
  });
  fs.writeFileSync(path.join(root, 'electron', 'dist', 'newsdesk-cli.inputs.json'), JSON.stringify(inputs));
  return root;
}

describe('builtCliIsCurrent', () => {
  it('holds while every input is as it was built', () => {
    expect(builtCliIsCurrent(builtRepository())).toBe(true);
  });

  it('fails when a source is edited, even to the same size', () => {
    const root = builtRepository();
    const file = path.join(root, 'shared', 'a.ts');
    fs.writeFileSync(file, 'export const a = 2;\n');
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(builtCliIsCurrent(root)).toBe(false);
  });

  it('fails when a source is gone, the bundle is gone, or there is no build', () => {
    const gone = builtRepository();
    fs.rmSync(path.join(gone, 'shared', 'a.ts'));
    expect(builtCliIsCurrent(gone)).toBe(false);
    const noBundle = builtRepository();
    fs.rmSync(path.join(noBundle, 'electron', 'dist', 'newsdesk-cli.mjs'));
    expect(builtCliIsCurrent(noBundle)).toBe(false);
    const unbuilt = builtRepository();
    fs.rmSync(path.join(unbuilt, 'electron', 'dist'), { recursive: true });
    expect(builtCliIsCurrent(unbuilt)).toBe(false);
  });

  it('holds for this repository right after a build lists the real inputs', () => {
    const listed = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'electron', 'dist', 'newsdesk-cli.inputs.json'), 'utf8')) as Array<[string, number, number]>;
    const files = listed.map(([file]) => file);
    expect(files).toContain('electron/program/newsdesk-program.ts');
    expect(files).toContain('electron/backend/workers/jobs/comment-file.job.ts');
    expect(files.some((file) => file.startsWith('node_modules/'))).toBe(false);
  });
});
