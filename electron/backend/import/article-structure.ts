import type { DocNode } from '../../../shared/model/document';
import type { CalendarDate, ImportWarning } from '../../../shared/model/import';
import { foldForSearch } from '../../../shared/text/fold';
import { countWords } from '../../../shared/text/word-count';
import { parseBylineLine } from './byline';
import { captionLikelihood, splitCaptionCredit } from './caption-credit';
import { formatCalendarDate, readDatelineLine } from './dateline-line';
import { isTextBlock, nodeText } from './document-blocks';
import type { FigureDrafts } from './figure-drafts';
import { importWarning } from './import-warnings';
import { chromeLineLabel, isBreadcrumbLine, isSectionMarkerLine, isTailChromeLine, isWidgetLine } from './page-chrome';
import { splitSourcePrefix } from './source-prefix';

/** What the file's markup already says, so that structure detection does not need to guess it. */
export interface StructureHints {
  /** From an h1, og:title or <title>; guessed from the first blocks when absent. */
  headline?: string;
  /** From an element marked as the lead (class "sapo", "lead"...). */
  sapo?: string;
  /** From author markup (meta author, rel=author, class "author"). */
  bylines?: string[];
  /**
   * Text copied off a page, where photos are lost but their captions remain: a caption-like line
   * before the lead or between paragraphs becomes a figure without image.
   */
  textCopiedOffPage: boolean;
}

/** The fields of an article found in a run of body blocks, and the blocks that remain its body. */
export interface ArticleStructure {
  headline: string;
  sapo: string;
  sourcePrefix: string;
  dateline: CalendarDate | null;
  bylines: string[];
  blocks: DocNode[];
  warnings: ImportWarning[];
}

interface Entry {
  node: DocNode;
  /** The block's text on one line; empty for blocks other than paragraphs and headings. */
  text: string;
}

const headlineScanLength = 4;
const leadScanLength = 6;
const maximumHeadlineWords = 60;
const minimumHeadlineWords = 3;
const maximumTailLineWords = 30;
const minimumCaptionWordsBetweenParagraphs = 8;

function sameText(first: string, second: string): boolean {
  return foldForSearch(first.replace(/\s+/gu, ' ').trim()) === foldForSearch(second.replace(/\s+/gu, ' ').trim());
}

function isParagraph(entry: Entry | undefined): entry is Entry {
  return entry?.node.type === 'paragraph';
}

/**
 * Finds the dateline, headline, lead with its source prefix, byline and photo captions in the
 * top-level blocks of an imported article, and leaves page chrome out. Every block that is not
 * recognised stays in the body; every detection and guess is reported as a warning.
 */
export function detectArticleStructure(blocks: DocNode[], hints: StructureHints, figures: FigureDrafts): ArticleStructure {
  const warnings: ImportWarning[] = [];
  const warnChrome = (text: string) => warnings.push(importWarning('chrome-removed', chromeLineLabel(text)));

  const entries: Entry[] = [];
  for (const node of blocks) {
    const text = isTextBlock(node) ? nodeText(node).replace(/\s+/gu, ' ').trim() : '';
    if (isTextBlock(node) && text.length === 0) continue;
    if (isTextBlock(node) && isWidgetLine(text)) {
      warnChrome(text);
      continue;
    }
    entries.push({ node, text });
  }

  let end = entries.length;
  while (end > 0 && isTextBlock(entries[end - 1]!.node) && isTailChromeLine(entries[end - 1]!.text)) end -= 1;

  let dateline: CalendarDate | null = null;
  const takeDateline = (entry: Entry | undefined): boolean => {
    if (dateline || !entry || !isTextBlock(entry.node)) return false;
    dateline = readDatelineLine(entry.text);
    if (dateline) warnings.push(importWarning('dateline-detected', formatCalendarDate(dateline)));
    return dateline !== null;
  };

  let start = 0;
  while (start < end) {
    const entry = entries[start]!;
    if (takeDateline(entry)) start += 1;
    else if (isTextBlock(entry.node) && isBreadcrumbLine(entry.text)) {
      warnChrome(entry.text);
      start += 1;
    } else break;
  }

  let headline = '';
  let leadingKept: Entry[] = [];
  if (hints.headline !== undefined && hints.headline.trim().length > 0) {
    headline = hints.headline.replace(/\s+/gu, ' ').trim();
    const first = entries[start];
    if (first && start < end && isTextBlock(first.node) && sameText(first.text, headline)) start += 1;
  } else {
    for (let index = start; index < Math.min(end, start + headlineScanLength); index += 1) {
      const entry = entries[index]!;
      if (!isTextBlock(entry.node)) continue;
      const words = countWords(entry.text);
      if (words > maximumHeadlineWords || splitSourcePrefix(entry.text)) break;
      if (words >= minimumHeadlineWords && captionLikelihood(entry.text) !== 'certain') {
        headline = entry.text;
        warnings.push(importWarning('headline-guessed', headline));
        leadingKept = entries.slice(start, index);
        start = index + 1;
        break;
      }
    }
    if (headline.length === 0) warnings.push(importWarning('headline-missing'));
  }
  if (start < end && takeDateline(entries[start])) start += 1;

  let lastLongLine = -1;
  for (let index = end - 1; index >= start && lastLongLine < 0; index -= 1) {
    const entry = entries[index]!;
    if (isTextBlock(entry.node) && countWords(entry.text) > maximumTailLineWords) lastLongLine = index;
  }
  let contentEnd = end;
  for (let index = Math.max(start, lastLongLine + 1); index < end; index += 1) {
    const entry = entries[index]!;
    if (isTextBlock(entry.node) && isSectionMarkerLine(entry.text)) {
      contentEnd = index;
      break;
    }
  }

  const removed = new Set<number>();
  const replaced = new Map<number, DocNode>();

  let sapo = '';
  let sourcePrefix = '';
  let leadIndex = -1;
  const acceptLead = (text: string) => {
    const split = splitSourcePrefix(text);
    sapo = split ? split.lead : text.replace(/\s+/gu, ' ').trim();
    if (split) {
      sourcePrefix = split.sourcePrefix;
      warnings.push(importWarning('source-prefix-detected', sourcePrefix));
    }
    warnings.push(importWarning('lead-detected', sapo));
  };
  if (hints.sapo !== undefined && hints.sapo.trim().length > 0) {
    acceptLead(hints.sapo);
    const first = entries[start];
    if (first && start < contentEnd && isParagraph(first) && (sameText(first.text, hints.sapo) || sameText(first.text, sapo))) {
      removed.add(start);
    }
  } else {
    for (let index = start; index < Math.min(contentEnd, start + leadScanLength); index += 1) {
      const entry = entries[index]!;
      if (isParagraph(entry) && splitSourcePrefix(entry.text)) {
        leadIndex = index;
        removed.add(index);
        acceptLead(entry.text);
        break;
      }
    }
    if (leadIndex < 0) warnings.push(importWarning('lead-missing'));
  }

  let bylines: string[] = [];
  const lastIndex = contentEnd - 1;
  const lastEntry = entries[lastIndex];
  const lastLineNames = lastIndex >= start && lastIndex !== leadIndex && isParagraph(lastEntry) ? parseBylineLine(lastEntry.text) : null;
  const hintedBylines = [...new Set((hints.bylines ?? []).map((name) => name.replace(/\s+/gu, ' ').trim()).filter((name) => name.length > 0))];
  if (hintedBylines.length > 0) {
    bylines = hintedBylines;
    warnings.push(importWarning('byline-detected', bylines.join(', ')));
    if (lastLineNames && sameText(lastLineNames.join(', '), bylines.join(', '))) removed.add(lastIndex);
  } else if (lastLineNames) {
    bylines = lastLineNames;
    removed.add(lastIndex);
    warnings.push(importWarning('byline-guessed', bylines.join(', ')));
  }

  for (let index = start; index < contentEnd; index += 1) {
    if (removed.has(index)) continue;
    const entry = entries[index]!;
    const next = entries[index + 1];
    if (entry.node.type === 'figure' && String(entry.node.attrs?.caption ?? '') === '') {
      const nextLikelihood = isParagraph(next) && index + 1 < contentEnd && !removed.has(index + 1) ? captionLikelihood(next.text) : 'no';
      if (next && nextLikelihood !== 'no') {
        const { caption, credit } = splitCaptionCredit(next.text);
        const existingCredit = String(entry.node.attrs?.credit ?? '');
        replaced.set(index, { ...entry.node, attrs: { ...entry.node.attrs, caption, credit: existingCredit || credit } });
        removed.add(index + 1);
        if (nextLikelihood === 'likely') warnings.push(importWarning('caption-guessed', caption));
      }
      continue;
    }
    if (!isParagraph(entry)) continue;
    const likelihood = captionLikelihood(entry.text);
    if (likelihood === 'no') continue;
    const previousFigure = replaced.get(index - 1) ?? entries[index - 1]?.node;
    const creditOnly = splitCaptionCredit(entry.text);
    if (creditOnly.caption === '' && previousFigure?.type === 'figure' && !removed.has(index - 1) && String(previousFigure.attrs?.credit ?? '') === '') {
      replaced.set(index - 1, { ...previousFigure, attrs: { ...previousFigure.attrs, credit: creditOnly.credit } });
      removed.add(index);
      continue;
    }
    const beforeLead = leadIndex >= 0 && index < leadIndex;
    const betweenParagraphs =
      isParagraph(entries[index - 1]) &&
      index - 1 >= start &&
      isParagraph(next) &&
      index + 1 < contentEnd &&
      countWords(entry.text) >= minimumCaptionWordsBetweenParagraphs;
    const isCaption = likelihood === 'certain' || (hints.textCopiedOffPage && (beforeLead || betweenParagraphs));
    if (!isCaption) continue;
    const { caption, credit } = splitCaptionCredit(entry.text);
    replaced.set(index, figures.captionOnlyFigure(caption, credit));
    if (likelihood === 'likely') warnings.push(importWarning('caption-guessed', caption));
  }

  const body: DocNode[] = [];
  for (const entry of leadingKept) {
    if (isTextBlock(entry.node)) warnings.push(importWarning('unrecognised-kept', entry.text));
    body.push(entry.node);
  }
  for (let index = start; index < contentEnd; index += 1) {
    if (!removed.has(index)) body.push(replaced.get(index) ?? entries[index]!.node);
  }
  for (let index = contentEnd; index < entries.length; index += 1) {
    const entry = entries[index]!;
    if (isTextBlock(entry.node) && (index === contentEnd || index >= end || isTailChromeLine(entry.text))) {
      warnChrome(entry.text);
      continue;
    }
    if (isTextBlock(entry.node)) warnings.push(importWarning('unrecognised-kept', entry.text));
    body.push(entry.node);
  }

  return { headline, sapo, sourcePrefix, dateline, bylines, blocks: body, warnings };
}
