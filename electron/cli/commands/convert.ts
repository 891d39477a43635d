import fs from 'node:fs';
import path from 'node:path';
import {
  convertLegacy,
  decodeTextBytes,
  detectLegacyEncoding,
  isLegacySource,
  legacyEncodingNames,
  legacyEncodings,
  type LegacyConversion,
  type LegacySource,
} from '../../../shared/text/legacy-encodings';
import { CommandFailure, defineCommand, UsageError, type InputStream } from '../command';

const sources = ['auto', ...legacyEncodings] as const;

async function readStandardInput(stdin: InputStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

function readInputFile(file: string, cwd: string): Uint8Array {
  const filePath = path.resolve(cwd, file);
  try {
    return fs.readFileSync(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new CommandFailure(`There is no file ${filePath}. Give an existing text file, or none to read standard input.`);
    if (code === 'EISDIR') throw new CommandFailure(`${filePath} is a folder, not a text file.`);
    throw new CommandFailure(`Cannot read ${filePath}: ${(error as Error).message}`);
  }
}

/** The text of the input's bytes, as `decodeTextBytes` reads them; binary input is refused. */
function textOf(bytes: Uint8Array, inputName: string): string {
  const text = decodeTextBytes(bytes);
  if (text.includes('\u0000')) {
    throw new CommandFailure(`${inputName} looks like a binary file (it holds NUL characters); convert reads text files.`);
  }
  return text;
}

function convert(text: string, from: LegacySource, report: (line: string) => void): LegacyConversion {
  if (from !== 'auto') return convertLegacy(text, from);
  const detection = detectLegacyEncoding(text);
  if (detection.encoding === null) {
    report('No legacy encoding detected: the text is passed through unchanged, normalised to NFC.');
    return convertLegacy(text, 'auto');
  }
  report(`Detected encoding: ${legacyEncodingNames[detection.encoding]} (confidence ${detection.confidence.toFixed(2)}; ${detection.evidence ?? 'no details'}).`);
  return convertLegacy(text, detection.encoding);
}

export const convertCommand = defineCommand({
  name: 'convert',
  summary: 'Convert text in a legacy Vietnamese encoding (TCVN3, VNI, VIQR, misread UTF-8) to Unicode.',
  usage: `newsdesk convert [--from ${sources.join('|')}] [FILE]`,
  options: {
    from: {
      type: 'string',
      valueName: 'ENCODING',
      description: `The encoding of the input: ${sources.join(', ')} (default auto: detect it and name it on stderr). cp1252 is UTF-8 that was read as Windows-1252 ("Viá»‡t").`,
    },
  },
  positionals: [{ name: 'FILE', description: 'The text file to convert (UTF-8 or UTF-16, or one byte per character as TCVN3 and VNI files are); standard input when omitted.' }],
  async run(context) {
    const from = context.options.from ?? 'auto';
    if (!isLegacySource(from)) throw new UsageError(`--from must be one of ${sources.join(', ')}, not "${from}".`);
    const [file] = context.positionals;
    if (file === undefined && context.stdin.isTTY === true) context.stderr.write('Reading standard input; end it with Ctrl+D.\n');
    const bytes = file === undefined ? await readStandardInput(context.stdin) : readInputFile(file, context.cwd);
    const text = textOf(bytes, file ?? 'Standard input');
    const converted = convert(text, from, (line) => context.stderr.write(`${line}\n`));
    context.stdout.write(converted.text);
  },
});
