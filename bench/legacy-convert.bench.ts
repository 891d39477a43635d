/**
 * Legacy-encoding benchmark (issue 3, point 6): converting 1 MB of TCVN3 text and 1 MB of
 * VNI-Windows text to NFC Unicode, detecting the encoding, and both together ('auto'); VIQR and
 * misread UTF-8 for comparison. p50 (and p95) wall-clock time over repeated runs, with the CPU time
 * beside it; target ≤ 50 ms per MB for converting each legacy encoding (TCVN3, VNI, VIQR, misread UTF-8).
 * Prints a table and writes bench/results/legacy-convert-latest.json and a dated copy.
 *
 * The input is the generated Vietnamese article text (bench/vietnamese-article.ts), encoded with
 * the test encoders of test/unit/shared/text/legacy/, and cut to 1 MiB of the encoded form (one
 * character per byte for TCVN3 and VNI). Every conversion is checked against the original text.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { documentPlainText } from '../shared/render/plain-text';
import { convertLegacy, detectLegacyEncoding, type LegacyEncoding } from '../shared/text/legacy-encodings';
import { encodeTcvn3, encodeUtf8ReadAsWindows1252, encodeViqr, encodeVni } from '../test/unit/shared/text/legacy/legacy-test-encoders';
import { percentile, writeBenchResult } from './bench-results';
import { vietnameseArticleBody } from './vietnamese-article';

const megabyte = 1024 * 1024;
const runs = 25;
const warmupRuns = 3;
const targetMillisecondsPerMegabyte = 50;

interface Input {
  encoding: LegacyEncoding;
  /** The legacy text, about 1 MB in its own encoding. */
  legacy: string;
  /** What the conversion must give. */
  expected: string;
  /** Size of the legacy text in its own encoding. */
  bytes: number;
}

/** Encodes whole lines of `source` until the encoded text reaches 1 MiB, then cuts it to 1 MiB of whole lines. */
function buildInput(encoding: LegacyEncoding, source: string[], encode: (text: string) => string, sizeOf: (text: string) => number, expectedOf: (line: string) => string): Input {
  const legacyLines: string[] = [];
  const expectedLines: string[] = [];
  let bytes = 0;
  for (let index = 0; bytes < megabyte; index += 1) {
    const line = `${source[index % source.length]!}\n`;
    const encoded = encode(line);
    legacyLines.push(encoded);
    expectedLines.push(expectedOf(line));
    bytes += sizeOf(encoded);
  }
  return { encoding, legacy: legacyLines.join(''), expected: expectedLines.join(''), bytes };
}

function measure(label: string, input: Input, work: () => string | null, expected: string | null) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < warmupRuns + runs; run += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const output = work();
    const elapsed = performance.now() - start;
    const cpuUsed = process.cpuUsage(cpuStart);
    if (output !== expected) throw new Error(`${label}: the output does not match the expected text`);
    if (run >= warmupRuns) {
      wall.push(elapsed);
      cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
    }
  }
  wall.sort((left, right) => left - right);
  cpu.sort((left, right) => left - right);
  const round = (value: number) => Math.round(value * 100) / 100;
  const megabytes = input.bytes / megabyte;
  const p50 = round(percentile(wall, 0.5));
  const cpuP50 = round(percentile(cpu, 0.5));
  return {
    label,
    encoding: input.encoding,
    bytes: input.bytes,
    p50,
    p95: round(percentile(wall, 0.95)),
    cpuP50,
    p50PerMegabyte: round(p50 / megabytes),
    cpuP50PerMegabyte: round(cpuP50 / megabytes),
  };
}

/** Converts and detects 1 MB of TCVN3, VNI, VIQR and misread UTF-8 text, `runs` times each. */
export async function run() {
  const lines = documentPlainText(vietnameseArticleBody(60_000)).split('\n');
  const latin1Size = (text: string) => text.length;
  const utf8Size = (text: string) => Buffer.byteLength(text);
  const sameText = (line: string) => line;
  // TCVN3's base fonts have no toned capitals (typists used the "H" fonts): they come back lower case.
  const tcvn3Expected = (line: string) => line.replace(/[ẠẢÃÁÀẸẺẼÉÈỊỈĨÍÌỌỎÕÓÒỤỦŨÚÙỴỶỸÝỲẶẲẴẮẰẬẨẪẤẦỆỂỄẾỀỘỔỖỐỒỢỞỠỚỜỰỬỮỨỪ]/gu, (capital) => capital.toLowerCase());

  const tcvn3 = buildInput('tcvn3', lines, encodeTcvn3, latin1Size, tcvn3Expected);
  const vni = buildInput('vni', lines, encodeVni, latin1Size, sameText);
  // A final "." after an open dot-below syllable is ambiguous in unescaped VIQR; RFC 1456 escaping keeps it exact.
  const viqr = buildInput('viqr', lines, encodeViqr, utf8Size, sameText);
  const cp1252 = buildInput('cp1252', lines, encodeUtf8ReadAsWindows1252, utf8Size, sameText);

  const results = [];
  for (const input of [tcvn3, vni]) {
    results.push(measure(`convert ${input.encoding}`, input, () => convertLegacy(input.legacy, input.encoding).text, input.expected));
    results.push(measure(`detect ${input.encoding} (first 64 KB)`, input, () => detectLegacyEncoding(input.legacy).encoding, input.encoding));
    results.push(measure(`detect + convert ${input.encoding} (auto)`, input, () => convertLegacy(input.legacy, 'auto').text, input.expected));
  }
  for (const input of [viqr, cp1252]) {
    results.push(measure(`convert ${input.encoding}`, input, () => convertLegacy(input.legacy, input.encoding).text, input.expected));
  }

  const targeted = results.filter((entry) => entry.label.startsWith('convert '));
  const targetsMet = targeted.every((entry) => entry.p50PerMegabyte <= targetMillisecondsPerMegabyte);
  const loadAverage = os.loadavg().map((value) => Math.round(value * 100) / 100);
  const result = { runs, warmupRuns, targetMillisecondsPerMegabyte, loadAverageAtEnd: loadAverage, results, targetsMet };

  const width = Math.max(...results.map((entry) => entry.label.length));
  const column = (value: string | number, size: number) => String(value).padStart(size);
  console.log(`${'operation'.padEnd(width)}  ${column('bytes', 9)}  ${column('p50 ms', 8)}  ${column('p95 ms', 8)}  ${column('CPU p50', 8)}  ${column('ms/MB', 7)}`);
  for (const entry of results) {
    console.log(
      `${entry.label.padEnd(width)}  ${column(entry.bytes, 9)}  ${column(entry.p50.toFixed(2), 8)}  ${column(entry.p95.toFixed(2), 8)}  ${column(entry.cpuP50.toFixed(2), 8)}  ${column(entry.p50PerMegabyte.toFixed(2), 7)}`,
    );
  }
  console.log(`load average (1, 5, 15 min): ${loadAverage.join(', ')} on ${os.cpus().length} CPUs; wall-clock figures grow with it, CPU time less so`);
  console.log(`target: converting 1 MB of TCVN3, VNI, VIQR or misread UTF-8 in <= ${targetMillisecondsPerMegabyte} ms (wall-clock p50)  ${targetsMet ? 'MET' : 'MISSED'}`);
  console.log(`written to ${writeBenchResult('legacy-convert', result)}`);
  return result;
}
