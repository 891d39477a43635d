import { describe, expect, it } from 'vitest';
import { maximumBodyBytes } from '../../../../electron/serve/read-json-body';
import { limits } from '../../../../shared/api/limits';
import { contract } from '../../../../shared/api/contract';
import { base64Length, importLimits } from '../../../../shared/model/import';

describe('maximumBodyBytes', () => {
  it('takes the largest file import.files accepts, in base64 with the longest escaped name, and the largest media upload', () => {
    const largestName = '\u0001'.repeat(limits.fileName);
    const envelope = Buffer.byteLength(JSON.stringify({ files: [{ name: largestName, data: '' }] }));
    expect(maximumBodyBytes).toBeGreaterThanOrEqual(base64Length(importLimits.fileBytes) + envelope);
    expect(maximumBodyBytes).toBeGreaterThanOrEqual(base64Length(limits.mediaBytes) + envelope);
    // Not far beyond: the server holds a request's body whole.
    expect(maximumBodyBytes).toBeLessThan(base64Length(importLimits.fileBytes) * 1.01);
  });

  it('agrees with what the contract accepts for one imported file', () => {
    const largest = 'A'.repeat(base64Length(importLimits.fileBytes));
    expect(contract['import.files'].args.safeParse({ files: [{ name: 'tin.docx', data: largest }] }).success).toBe(true);
    expect(contract['import.files'].args.safeParse({ files: [{ name: 'tin.docx', data: `${largest}AAAAAAAA` }] }).success).toBe(false);
  });
});
