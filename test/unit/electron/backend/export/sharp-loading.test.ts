import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const electronFolder = fileURLToPath(new URL('../../../../../electron/', import.meta.url));

describe('sharp', () => {
  it('is loaded on first use only: no module of electron/ imports it statically', () => {
    const sources = (fs.readdirSync(electronFolder, { recursive: true }) as string[]).filter((name) => /\.(ts|mts|mjs)$/.test(name));
    const importing = sources.filter((name) => {
      const text = fs.readFileSync(path.join(electronFolder, name), 'utf8');
      return /^import(?!\s+type\b)[^;]*from\s+'sharp'/m.test(text) || /require\('sharp'\)/.test(text);
    });
    expect(importing).toEqual([]);
    expect(fs.readFileSync(path.join(electronFolder, 'backend/export/export-images.ts'), 'utf8')).toContain("import('sharp')");
  });
});
