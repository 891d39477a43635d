import type { DocNode } from '../../../shared/model/document';
import { type ImportedArticle, type ImportWarning, textLeftOutSubject } from '../../../shared/model/import';
import { forEachNode } from './document-blocks';
import { importWarning } from './import-warnings';

/** More than this share of the source's words missing from the import is reported. */
export const leftOutShareLimit = 0.1;
/** Fewer missing words than this are never reported (a fragment's stray label). */
const leftOutWordMinimum = 12;
/** Characters of the excerpt of what was left out. */
const excerptLength = 100;

const wordPattern = /[\p{L}\p{N}]+/gu;

function wordKey(word: string): string {
  return word.normalize('NFC').toLocaleLowerCase('vi');
}

/** The words of texts, counted. */
function wordCounts(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const match of text.matchAll(wordPattern)) {
      const key = wordKey(match[0]);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** Every text an imported article holds: headline, sapo, source prefix, bylines, body text, figure captions and credits. */
export function importedArticleTexts(article: Pick<ImportedArticle, 'headline' | 'sapo' | 'sourcePrefix' | 'bylines' | 'body'>): string[] {
  const texts = [article.headline, article.sapo, article.sourcePrefix, ...article.bylines];
  forEachNode(article.body as DocNode, (node) => {
    if (node.text) texts.push(node.text);
    for (const name of ['caption', 'credit', 'alt']) {
      const value = node.attrs?.[name];
      if (typeof value === 'string') texts.push(value);
    }
  });
  return texts;
}

/**
 * Compares the visible text of the source (the article container the import chose) with what was
 * imported, word by word in order: when more than `leftOutShareLimit` of the source's words are
 * in neither the import nor the text deliberately dropped (page chrome, reported on its own),
 * returns a 'text-left-out' warning with the share and an excerpt of the longest run left out.
 */
export function textLeftOutWarning(sourceText: string, imported: readonly string[], dropped: readonly string[]): ImportWarning | null {
  const available = wordCounts([...imported, ...dropped]);
  const words = [...sourceText.matchAll(wordPattern)];
  if (words.length === 0) return null;
  let missing = 0;
  let run: { first: number; last: number } | null = null;
  let longest: { first: number; last: number } | null = null;
  words.forEach((match, index) => {
    const key = wordKey(match[0]);
    const left = available.get(key) ?? 0;
    if (left > 0) {
      available.set(key, left - 1);
      run = null;
      return;
    }
    missing += 1;
    run = run ? { first: run.first, last: index } : { first: index, last: index };
    if (!longest || run.last - run.first > longest.last - longest.first) longest = { ...run };
  });
  if (missing < leftOutWordMinimum || missing / words.length <= leftOutShareLimit || !longest) return null;
  const { first, last } = longest as { first: number; last: number };
  const start = words[first]!.index;
  const end = words[last]!.index + words[last]![0].length;
  const excerpt = sourceText.slice(start, end).replace(/\s+/gu, ' ').trim();
  const shortened = excerpt.length > excerptLength ? `${excerpt.slice(0, excerptLength - 1).trimEnd()}…` : excerpt;
  return importWarning('text-left-out', textLeftOutSubject(Math.round((missing / words.length) * 100), shortened));
}
