/**
 * Word-list matching benchmark (issue 9, point 9): reader comments of 20–80 words checked against
 * a 500-entry list (the starter lists plus generated entries of one to three syllables, with and
 * without accents); target ≥ 20,000 comments/s. Prints a table and writes
 * bench/results/comment-words-latest.json and a dated copy.
 *
 * Comments are drawn from news prose (bench/vietnamese-article.ts), some typed without accents,
 * some in upper case, one in ten holding an entry, plainly or disguised (dots, repeated letters,
 * leet, zero-width spaces). The matcher (compile once, then `match` per comment) is measured
 * against a baseline in the same run: folding each comment (`foldForSearch`) and scanning it with
 * `String.prototype.includes` for each folded entry — no syllable or accent rules, so a lower bound
 * on the work, and a gauge of the machine's load.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { documentPlainText } from '../shared/render/plain-text';
import { starterWordLists } from '../shared/moderation/starter-word-lists';
import { compileWordLists } from '../shared/moderation/word-list';
import { foldForSearch } from '../shared/text/fold';
import { percentile, writeBenchResult } from './bench-results';
import { seededRandom, vietnameseArticleBody } from './vietnamese-article';

const entryCount = 500;
const commentCount = 20_000;
const runs = 7;
const warmupRuns = 2;
const targetCommentsPerSecond = 20_000;

const onsets = ['b', 'c', 'ch', 'd', 'đ', 'g', 'h', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 's', 't', 'th', 'tr', 'v', 'x'];
const rhymes = ['a', 'ai', 'an', 'ang', 'ao', 'e', 'em', 'en', 'i', 'im', 'in', 'inh', 'o', 'oi', 'om', 'on', 'ong', 'u', 'ui', 'um', 'un', 'ung', 'ư', 'ưa', 'ươn', 'ơi', 'ôm', 'ăn', 'âm', 'iêu', 'uôi'];
const toneMarks = ['', '\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

/** A made-up syllable: an onset, a rhyme and a tone on its first vowel. */
function madeUpSyllable(random: () => number): string {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const rhyme = pick(rhymes);
  return (pick(onsets) + rhyme.replace(/^([^aeiouyăâêôơư]*[aeiouyăâêôơư])/u, `$1${pick(toneMarks)}`)).normalize('NFC');
}

/**
 * The starter lists, then entries of one to three syllables, a fifth of them without accents: made-up
 * syllables, and in a third of them a word of the prose first (so that matching goes past the first
 * syllable, as real entries sharing their first syllable with ordinary words do).
 */
function buildEntries(words: string[], random: () => number): { banned: string[]; suspect: string[] } {
  const banned = [...starterWordLists.banned];
  const suspect = [...starterWordLists.suspect];
  const seen = new Set([...banned, ...suspect]);
  const vocabulary = new Set(words.map((word) => foldForSearch(word)));
  while (banned.length + suspect.length < entryCount) {
    const syllables = 1 + Math.floor(random() * 3);
    const parts = Array.from({ length: syllables }, () => madeUpSyllable(random));
    const fromProse = syllables > 1 && random() < 0.33;
    if (fromProse) parts[0] = words[Math.floor(random() * words.length)]!.toLowerCase();
    if (parts.slice(fromProse ? 1 : 0).some((part) => vocabulary.has(foldForSearch(part)))) continue;
    let entry = parts.join(' ');
    if (random() < 0.2) entry = foldForSearch(entry);
    if (seen.has(entry)) continue;
    seen.add(entry);
    (random() < 0.5 ? banned : suspect).push(entry);
  }
  return { banned, suspect };
}

function disguise(entry: string, random: () => number): string {
  switch (Math.floor(random() * 5)) {
    case 0:
      return entry;
    case 1:
      return [...entry].join('.').replace(/\. \./g, ' ');
    case 2:
      return entry.replace(/(\p{L})(?=\s|$)/gu, '$1$1$1');
    case 3:
      return entry.replace(/o/g, '0');
    default:
      return [...entry].join('\u200B');
  }
}

function buildComments(words: string[], entries: string[], random: () => number): string[] {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const comments: string[] = [];
  for (let index = 0; index < commentCount; index += 1) {
    const length = 20 + Math.floor(random() * 61);
    const parts = Array.from({ length }, () => pick(words));
    if (random() < 0.1) parts.splice(Math.floor(random() * length), 1, disguise(pick(entries), random));
    let text = parts.join(' ');
    const style = random();
    if (style < 0.25) text = foldForSearch(text);
    else if (style < 0.3) text = text.toUpperCase();
    comments.push(text);
  }
  return comments;
}

function measure(label: string, comments: readonly string[], work: (comment: string) => number) {
  const wall: number[] = [];
  const cpu: number[] = [];
  let hits = 0;
  for (let run = 0; run < warmupRuns + runs; run += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    let runHits = 0;
    for (const comment of comments) runHits += work(comment);
    const elapsed = performance.now() - start;
    const cpuUsed = process.cpuUsage(cpuStart);
    hits = runHits;
    if (run >= warmupRuns) {
      wall.push(elapsed);
      cpu.push((cpuUsed.user + cpuUsed.system) / 1000);
    }
  }
  wall.sort((left, right) => left - right);
  cpu.sort((left, right) => left - right);
  const p50 = percentile(wall, 0.5);
  const cpuP50 = percentile(cpu, 0.5);
  return {
    label,
    comments: comments.length,
    hits,
    p50Milliseconds: Math.round(p50 * 10) / 10,
    cpuP50Milliseconds: Math.round(cpuP50 * 10) / 10,
    commentsPerSecond: Math.round((comments.length / p50) * 1000),
    commentsPerCpuSecond: Math.round((comments.length / cpuP50) * 1000),
  };
}

/** Matches 20,000 comments against 500 entries, `runs` times, beside the includes() baseline. */
export function run() {
  const random = seededRandom(9);
  const words = documentPlainText(vietnameseArticleBody(20_000))
    .split(/\s+/u)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((word) => /\p{L}/u.test(word));
  const uniqueWords = [...new Set(words.map((word) => word.toLowerCase()))];
  const lists = buildEntries(uniqueWords, random);
  const allEntries = [...lists.banned, ...lists.suspect];
  const comments = buildComments(words, allEntries, random);
  const averageWords = Math.round(comments.reduce((sum, comment) => sum + comment.split(/\s+/u).length, 0) / comments.length);

  const compileStart = performance.now();
  const matcher = compileWordLists(lists);
  const compileMilliseconds = Math.round((performance.now() - compileStart) * 100) / 100;
  const foldedEntries = allEntries.map((entry) => foldForSearch(entry));

  const results = [
    measure('word-list matcher (compileWordLists, match)', comments, (comment) => matcher.match(comment).length),
    measure('baseline: fold + includes() per folded entry', comments, (comment) => {
      const folded = foldForSearch(comment);
      let found = 0;
      for (const entry of foldedEntries) if (folded.includes(entry)) found += 1;
      return found;
    }),
  ];
  const matcherResult = results[0]!;
  const targetMet = matcherResult.commentsPerSecond >= targetCommentsPerSecond;
  const loadAverage = os.loadavg().map((value) => Math.round(value * 100) / 100);
  const result = {
    entries: allEntries.length,
    comments: comments.length,
    averageWords,
    runs,
    warmupRuns,
    compileMilliseconds,
    targetCommentsPerSecond,
    loadAverageAtEnd: loadAverage,
    results,
    targetMet,
  };

  const width = Math.max(...results.map((entry) => entry.label.length));
  const column = (value: string | number, size: number) => String(value).padStart(size);
  console.log(`${allEntries.length} entries, ${comments.length} comments of ${averageWords} words on average; compiling the lists took ${compileMilliseconds} ms`);
  console.log(`${'operation'.padEnd(width)}  ${column('p50 ms', 8)}  ${column('CPU ms', 8)}  ${column('comments/s', 11)}  ${column('per CPU s', 10)}  ${column('hits', 6)}`);
  for (const entry of results) {
    console.log(`${entry.label.padEnd(width)}  ${column(entry.p50Milliseconds, 8)}  ${column(entry.cpuP50Milliseconds, 8)}  ${column(entry.commentsPerSecond, 11)}  ${column(entry.commentsPerCpuSecond, 10)}  ${column(entry.hits, 6)}`);
  }
  console.log(`load average (1, 5, 15 min): ${loadAverage.join(', ')} on ${os.cpus().length} CPUs`);
  console.log(`target: >= ${targetCommentsPerSecond} comments/s with ${allEntries.length} entries (wall-clock p50)  ${targetMet ? 'MET' : 'MISSED'}`);
  console.log(`written to ${writeBenchResult('comment-words', result)}`);
  return result;
}
