import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeTcvn3, encodeUtf8ReadAsWindows1252, encodeViqr, encodeVni, latin1Bytes } from '../../../shared/text/legacy/legacy-test-encoders';
import { seedArticle, seedLead } from '../../../shared/text/legacy/seed-text';
import { runNewsdesk } from '../cli-in-process';
import { temporaryFolder } from '../cli-process';

let folder: string;

beforeAll(() => {
  folder = temporaryFolder();
});

afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

interface ConvertRun {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs `newsdesk convert ...args` with `input` on its standard input; stdout as the bytes a real process writes (UTF-8). */
async function runConvert(args: readonly string[], input: Uint8Array | string = ''): Promise<ConvertRun> {
  const run = await runNewsdesk(['convert', ...args], { cwd: folder, stdin: input });
  return { code: run.code, stdout: Buffer.from(run.stdout, 'utf8'), stderr: run.stderr };
}

function writeFile(name: string, content: Uint8Array | string): string {
  const filePath = path.join(folder, name);
  fs.writeFileSync(filePath, content);
  return filePath;
}

const lead = `${seedLead}\n`;
const leadInLowerCaseCapitals = lead.replace('Ủy viên', 'ủy viên');

describe('newsdesk convert', () => {
  it.each([
    ['TCVN3 bytes', latin1Bytes(encodeTcvn3(lead)), leadInLowerCaseCapitals, 'Detected encoding: TCVN3 (ABC)'],
    ['TCVN3 bytes made by iconv-lite', new Uint8Array(iconv.encode(lead.toLowerCase(), 'tcvn')), lead.toLowerCase(), 'Detected encoding: TCVN3 (ABC)'],
    ['VNI bytes', latin1Bytes(encodeVni(lead)), lead, 'Detected encoding: VNI-Windows'],
    ['VIQR', encodeViqr(lead), lead, 'Detected encoding: VIQR'],
    ['UTF-8 read as Windows-1252, saved as UTF-8', encodeUtf8ReadAsWindows1252(lead), lead, 'Detected encoding: UTF-8 read as Windows-1252'],
  ])('detects and converts %s from standard input, naming the encoding on stderr', async (_name, input, expected, message) => {
    const run = await runConvert([], input);
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(expected);
    expect(run.stderr).toContain(message);
  });

  it('reads a FILE and writes NFC UTF-8 bytes', async () => {
    const file = writeFile('tcvn3.txt', latin1Bytes(encodeTcvn3('Quận ủy Quận 3 tổ chức hội nghị\n')));
    const run = await runConvert(['--from', 'tcvn3', file]);
    expect(run.code).toBe(0);
    expect(run.stdout.equals(Buffer.from('Quận ủy Quận 3 tổ chức hội nghị\n', 'utf8'))).toBe(true);
    expect(run.stderr).toBe('');
  });

  it('reads a FILE relative to the working folder', async () => {
    writeFile('vni.txt', latin1Bytes(encodeVni(lead)));
    const run = await runConvert(['--from=vni', 'vni.txt']);
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(lead);
  });

  it('passes clean text through normalised to NFC and says nothing was detected', async () => {
    const run = await runConvert([], seedArticle.normalize('NFD'));
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(seedArticle);
    expect(run.stderr).toContain('No legacy encoding detected');
  });

  it('reads a UTF-16 file by its byte-order mark', async () => {
    const file = writeFile('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(encodeTcvn3(lead), 'utf16le')]));
    const run = await runConvert([file]);
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8')).toBe(leadInLowerCaseCapitals);
  });

  it('converts with the encoding it is told, without detecting', async () => {
    const run = await runConvert(['--from', 'viqr'], 'Vie^.t Nam');
    expect(run.code).toBe(0);
    expect(run.stdout.toString('utf8')).toBe('Việt Nam');
    expect(run.stderr).toBe('');
  });

  it.each([
    ['an unknown --from value', ['--from', 'utf8'], 2, '--from must be one of auto, tcvn3, vni, viqr, cp1252, not "utf8"'],
    ['--from without a value', ['--from'], 2, '--from needs a value'],
    ['two files', ['a.txt', 'b.txt'], 2, 'does not take the extra argument "b.txt"'],
    ['a missing file', ['missing.txt'], 1, `There is no file ${path.join('FOLDER', 'missing.txt')}`],
    ['a folder', ['.'], 1, 'is a folder, not a text file'],
  ])('fails clearly on %s', async (_name, args, code, message) => {
    const run = await runConvert(args);
    expect(run.code).toBe(code);
    expect(run.stderr).toContain(message.replace('FOLDER', folder));
    expect(run.stdout.length).toBe(0);
  });

  it('asks for standard input when a person types it', async () => {
    const typed = Object.assign(Readable.from([Buffer.from('Vie^.t Nam')]), { isTTY: true });
    const run = await runNewsdesk(['convert', '--from', 'viqr'], { cwd: folder, stdin: typed });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Việt Nam');
    expect(run.stderr).toBe('Reading standard input; end it with Ctrl+D.\n');
  });

  it('refuses a binary file', async () => {
    const file = writeFile('binary.bin', Uint8Array.from({ length: 256 }, (_, index) => index));
    const run = await runConvert([file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('looks like a binary file');
  });
});
