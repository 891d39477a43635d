import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { buildRenderer } from '../../../../electron/cli/build-renderer';
import { temporaryFolder } from './cli-process';

const folder = temporaryFolder();

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

describe('buildRenderer', () => {
  it('builds the renderer into the folder it is given, writing nothing on stdout', async () => {
    const outDir = path.join(folder, 'dist');
    const stdoutWrite = vi.spyOn(process.stdout, 'write');
    try {
      await buildRenderer(outDir);
      expect(stdoutWrite).not.toHaveBeenCalled();
    } finally {
      stdoutWrite.mockRestore();
    }
    const page = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
    const scripts = [...page.matchAll(/<script[^>]*src="\.\/([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(fs.existsSync(path.join(outDir, script)), script).toBe(true);
    // The CSP allows no inline script.
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  }, 120_000);
});
