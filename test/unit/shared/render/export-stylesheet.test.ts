import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../../shared/api/content-security-policy';
import { exportContentSecurityPolicy } from '../../../../shared/render/export-policy';
import { exportStylesheet, exportStylesheetHash } from '../../../../shared/render/export-stylesheet';

describe('the export stylesheet', () => {
  it('is allowed by its hash in the export CSP', () => {
    const hash = `'sha256-${createHash('sha256').update(exportStylesheet, 'utf8').digest('base64')}'`;
    expect(exportStylesheetHash).toBe(hash);
    expect(exportContentSecurityPolicy).toContain(`style-src ${hash}`);
  });

  it('is allowed in the app, for the preview frame', () => {
    expect(contentSecurityPolicy).toContain(exportStylesheetHash);
  });

  it('loads nothing from outside: no url(), @import or font files', () => {
    expect(exportStylesheet).not.toMatch(/url\(|@import|@font-face/);
    expect(exportStylesheet).toContain('@media print');
  });
});
