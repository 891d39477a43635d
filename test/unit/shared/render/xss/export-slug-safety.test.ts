import { describe, expect, it } from 'vitest';
import { exportSlug } from '../../../../../shared/render/export-slug';
import { payloadLabel, payloads } from './payloads';

/** Names Windows keeps for devices, with or without an extension ("con.html" cannot be created either). */
const windowsDeviceNames = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/u;

describe('the file or folder name of an export', () => {
  it('is a plain slug for every payload as the headline: no separator, dot, traversal or empty name', () => {
    for (const payload of payloads) {
      const slug = exportSlug({ id: 42, headline: payload.text });
      expect(slug, payloadLabel(payload)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
      expect(slug.length, payloadLabel(payload)).toBeLessThanOrEqual(80);
    }
  });

  // The app ships for Windows (electron-builder nsis), where these names cannot be files or folders.
  it('is never a name Windows reserves for a device, for headlines such as "Con" or "Nul"', () => {
    const headlines = ['Con', 'CON', 'Nul', 'Aux', 'Prn', 'Com1', 'LPT9', 'Côn', 'Cọn'];
    expect(headlines.map((headline) => exportSlug({ id: 7, headline })).filter((slug) => windowsDeviceNames.test(slug))).toEqual([]);
  });
});
