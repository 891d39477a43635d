import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderArticleDocument } from '../../../../shared/render/article-html';
import { skippedHeadingLevelsInput, validityFixtures } from './export-fixtures';
import { parseExport, staticProblems } from './xss/static-check';

/** One message of the Nu HTML Checker's JSON output. */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

const fixtures = [...validityFixtures(), { name: 'skipped-heading-levels', input: skippedHeadingLevelsInput() }].map((fixture) => ({
  ...fixture,
  html: renderArticleDocument(fixture.input),
}));

/** The path of vnu.jar, as the vnu-jar package exports it (a String object). */
const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

/**
 * Runs the Nu HTML Checker once over every file (one JVM start for all) and returns its messages
 * by file name. Without Java it fails with what to install.
 */
function runVnu(files: string[]): Map<string, VnuMessage[]> {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(`The Nu HTML Checker (npm vnu-jar) needs Java 17 or newer on the PATH, and \`java\` could not be run (${java.error?.message ?? java.stderr}). Install a Java 17 runtime (e.g. \`apt-get install openjdk-17-jre-headless\`).`);
  }
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--stdout', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  let output: { messages: VnuMessage[] };
  try {
    output = JSON.parse(run.stdout) as { messages: VnuMessage[] };
  } catch {
    throw new Error(`vnu.jar printed no JSON (exit ${run.status}): ${run.stdout.slice(0, 500)} ${run.stderr.slice(0, 500)}`);
  }
  const byFile = new Map<string, VnuMessage[]>(files.map((file) => [path.basename(file), []]));
  for (const message of output.messages) {
    const file = message.url ? path.basename(decodeURIComponent(new URL(message.url).pathname)) : '(none)';
    byFile.set(file, [...(byFile.get(file) ?? []), message]);
  }
  return byFile;
}

const describeMessage = (message: VnuMessage) => `${message.type}${message.subType ? `/${message.subType}` : ''} line ${message.lastLine ?? '?'}: ${message.message} ${JSON.stringify(message.extract ?? '')}`;

describe('exported HTML under the Nu HTML Checker', () => {
  let folder: string;
  let messages: Map<string, VnuMessage[]>;

  beforeAll(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-export-validity-'));
    const files = fixtures.map((fixture) => {
      const file = path.join(folder, `${fixture.name}.html`);
      fs.writeFileSync(file, fixture.html);
      return file;
    });
    messages = runVnu(files);
  }, 120_000);

  afterAll(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  const errorsOf = (name: string) => (messages.get(`${name}.html`) ?? []).filter((message) => message.type !== 'info').map(describeMessage);

  it.each(fixtures.filter((fixture) => fixture.name !== 'skipped-heading-levels').map((fixture) => fixture.name))('%s: no error', (name) => {
    expect(messages.has(`${name}.html`)).toBe(true);
    expect(errorsOf(name)).toEqual([]);
  });

  // The editor offers heading levels 2, 3 and 4 in any order, so a writer can go from the h1 or an h2 straight to an h4.
  it('skipped-heading-levels: no error for headings the editor lets a writer skip levels with', () => {
    expect(errorsOf('skipped-heading-levels')).toEqual([]);
  });

  it('checks nothing but the fixtures', () => {
    expect(messages.get('(none)') ?? []).toEqual([]);
  });
});

describe('exported HTML under html-validate', () => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // The renderer writes the doctype in lower case, as the HTML standard's own examples do; the preset wants upper case.
      'doctype-style': ['error', { style: 'lowercase' }],
      // The <title> is the headline as the newsroom wrote it (issue 8): its length is an editorial choice, not a markup error.
      'long-title': 'off',
    },
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture.html] as const))('%s: no error', async (name, html) => {
    const report = await validator.validateString(html, `${name}.html`);
    const problems = report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId} line ${message.line}: ${message.message}`));
    expect(problems).toEqual([]);
  });
});

describe('the validity fixtures', () => {
  it('are safe exports too', () => {
    for (const fixture of fixtures) {
      expect(staticProblems(parseExport(fixture.html)), fixture.name).toEqual([]);
    }
  });

  it('use every node type and mark of the body schema', () => {
    const every = fixtures.find((fixture) => fixture.name === 'every-part')!;
    const document = parseExport(every.html);
    for (const selector of ['h2', 'h3', 'h4', 'ul ol', 'ol ul', 'ol[start="5"]', 'blockquote > p + p', 'br', 'hr', 'strong', 'em', 'u', 'strong em u', 'a strong', 'a[href^="mailto:"] em u', 'figure img[alt][width][height]', 'figure figcaption .caption', 'figure figcaption .credit', '.byline', '.related a', '.comments li', 'time[datetime]', 'meta[property="article:tag"]']) {
      expect(document.querySelector(selector), selector).not.toBeNull();
    }
    expect(document.querySelectorAll('figure').length).toBe(6);
    expect([...document.querySelectorAll('figure')].filter((figure) => !figure.querySelector('img')).length).toBe(2);
  });
});
