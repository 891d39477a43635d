import { diffArrays, diffWords } from 'diff';
import type { DocNode } from '../model/document';

/** What a comparison reads of a version (or of the article as it now is). Text may be NFC or not: it is normalised here. */
export interface ComparableVersion {
  headline: string;
  sourcePrefix: string;
  sapo: string;
  body: DocNode;
  /** The byline as printed ("Hồng Ngọc - Ảnh: Quang Huy"); '' for none. */
  byline: string;
}

/** A run of text: in both (`same`), only in the newer text (`added`) or only in the older one (`removed`). */
export interface DiffPart {
  change: 'same' | 'added' | 'removed';
  text: string;
}

/** A figure's parts compared: which image (each part's text is an image's full SHA-256 hash), the caption and the credit. */
export interface FigureDiff {
  image: DiffPart[];
  caption: DiffPart[];
  credit: DiffPart[];
}

/**
 * One block of the body (paragraph, heading, list item, quote, figure…), in reading order: in
 * both versions unchanged, in both with changes, or only in one of them.
 */
export type BlockDiff =
  | { kind: 'text'; block: TextBlockKind; change: BlockChange; parts: DiffPart[] }
  | { kind: 'figure'; change: BlockChange; figure: FigureDiff };

export type BlockChange = 'same' | 'changed' | 'added' | 'removed';
export type TextBlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'other';

export interface VersionDiff {
  headline: DiffPart[];
  sourcePrefix: DiffPart[];
  sapo: DiffPart[];
  byline: DiffPart[];
  body: BlockDiff[];
  /** Whether anything differs at all. */
  changed: boolean;
}

type Block = { kind: 'text'; block: TextBlockKind; text: string } | { kind: 'figure'; hash: string; caption: string; credit: string };

const nfc = (text: string) => text.normalize('NFC');

function textOf(node: DocNode): string {
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}

function stringAttribute(node: DocNode, name: string): string {
  const value = node.attrs?.[name];
  return typeof value === 'string' ? nfc(value) : '';
}

/** The body's blocks in reading order: each paragraph, heading, list item and figure on its own. */
function blocksOf(body: DocNode): Block[] {
  const blocks: Block[] = [];
  const visit = (node: DocNode, within: TextBlockKind | null) => {
    switch (node.type) {
      case 'figure':
        blocks.push({ kind: 'figure', hash: stringAttribute(node, 'hash'), caption: stringAttribute(node, 'caption'), credit: stringAttribute(node, 'credit') });
        return;
      case 'paragraph':
        blocks.push({ kind: 'text', block: within ?? 'paragraph', text: nfc(textOf(node)) });
        return;
      case 'heading':
        blocks.push({ kind: 'text', block: 'heading', text: nfc(textOf(node)) });
        return;
      case 'listItem':
        for (const child of node.content ?? []) visit(child, 'list-item');
        return;
      case 'blockquote':
        for (const child of node.content ?? []) visit(child, 'quote');
        return;
      case 'doc':
      case 'bulletList':
      case 'orderedList':
        for (const child of node.content ?? []) visit(child, within);
        return;
      default:
        blocks.push({ kind: 'text', block: within ?? 'other', text: nfc(textOf(node)) });
    }
  };
  visit(body, null);
  return blocks;
}

const blockKey = (block: Block) => (block.kind === 'figure' ? `figure\u0000${block.hash}\u0000${block.caption}\u0000${block.credit}` : `${block.block}\u0000${block.text}`);

/** Word by word (Vietnamese words are syllables between spaces), from `older` to `newer`. */
export function wordDiff(older: string, newer: string): DiffPart[] {
  const before = nfc(older);
  const after = nfc(newer);
  if (before === after) return before === '' ? [] : [{ change: 'same', text: before }];
  return diffWords(before, after).map((part) => ({ change: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}

const whole = (text: string, change: DiffPart['change']): DiffPart[] => (text === '' ? [] : [{ change, text }]);

function figureDiff(older: Block & { kind: 'figure' }, newer: Block & { kind: 'figure' }): FigureDiff {
  return {
    image:
      older.hash === newer.hash
        ? whole(newer.hash, 'same')
        : [...whole(older.hash, 'removed'), ...whole(newer.hash, 'added')],
    caption: wordDiff(older.caption, newer.caption),
    credit: wordDiff(older.credit, newer.credit),
  };
}

function wholeBlock(block: Block, change: 'same' | 'added' | 'removed'): BlockDiff {
  const partChange = change === 'same' ? 'same' : change;
  if (block.kind === 'figure') {
    return { kind: 'figure', change, figure: { image: whole(block.hash, partChange), caption: whole(block.caption, partChange), credit: whole(block.credit, partChange) } };
  }
  return { kind: 'text', block: block.block, change, parts: whole(block.text, partChange) };
}

/** A block of `older` and one of `newer` that stand in the same place: compared word by word when of the same kind. */
function pairedBlocks(older: Block, newer: Block): BlockDiff[] {
  if (older.kind === 'figure' && newer.kind === 'figure') return [{ kind: 'figure', change: 'changed', figure: figureDiff(older, newer) }];
  if (older.kind === 'text' && newer.kind === 'text') return [{ kind: 'text', block: newer.block, change: 'changed', parts: wordDiff(older.text, newer.text) }];
  return [wholeBlock(older, 'removed'), wholeBlock(newer, 'added')];
}

/**
 * Removed blocks followed by added ones, where the text was edited: blocks of the same kind (text
 * with text, figure with figure) pair up in order as edits in place, compared word by word; the
 * others are shown whole as removed or added.
 */
function editedRun(removed: readonly Block[], added: readonly Block[]): BlockDiff[] {
  const result: BlockDiff[] = [];
  let removedAt = 0;
  let addedAt = 0;
  for (const change of diffArrays(removed.map((block) => block.kind), added.map((block) => block.kind))) {
    for (let position = 0; position < change.count; position += 1) {
      if (change.removed) result.push(wholeBlock(removed[removedAt++]!, 'removed'));
      else if (change.added) result.push(wholeBlock(added[addedAt++]!, 'added'));
      else result.push(...pairedBlocks(removed[removedAt++]!, added[addedAt++]!));
    }
  }
  return result;
}

/**
 * The body compared block by block (unchanged blocks are matched first, as lines are in a text
 * diff), then, where blocks were changed in place, word by word within them.
 */
function bodyDiff(older: DocNode, newer: DocNode): BlockDiff[] {
  const olderBlocks = blocksOf(older);
  const newerBlocks = blocksOf(newer);
  // Compared by key (kind and text), computed once per block; the change objects' counts walk both lists.
  const changes = diffArrays(olderBlocks.map(blockKey), newerBlocks.map(blockKey));
  const result: BlockDiff[] = [];
  let olderAt = 0;
  let newerAt = 0;
  for (let index = 0; index < changes.length; index += 1) {
    const change = changes[index]!;
    if (!change.added && !change.removed) {
      for (const block of newerBlocks.slice(newerAt, newerAt + change.count)) result.push(wholeBlock(block, 'same'));
      olderAt += change.count;
      newerAt += change.count;
      continue;
    }
    const next = changes[index + 1];
    if (change.removed && next?.added) {
      result.push(...editedRun(olderBlocks.slice(olderAt, olderAt + change.count), newerBlocks.slice(newerAt, newerAt + next.count)));
      olderAt += change.count;
      newerAt += next.count;
      index += 1;
      continue;
    }
    if (change.added) {
      for (const block of newerBlocks.slice(newerAt, newerAt + change.count)) result.push(wholeBlock(block, 'added'));
      newerAt += change.count;
    } else {
      for (const block of olderBlocks.slice(olderAt, olderAt + change.count)) result.push(wholeBlock(block, 'removed'));
      olderAt += change.count;
    }
  }
  return result;
}

const differs = (parts: readonly DiffPart[]) => parts.some((part) => part.change !== 'same');

/**
 * What changed from `older` to `newer`, field by field and word by word: headline, source prefix,
 * sapo, byline and body (text blocks, and each figure's image, caption and credit). Text is
 * compared in NFC, so the same words typed composed or decomposed are the same.
 */
export function compareVersions(older: ComparableVersion, newer: ComparableVersion): VersionDiff {
  const headline = wordDiff(older.headline, newer.headline);
  const sourcePrefix = wordDiff(older.sourcePrefix, newer.sourcePrefix);
  const sapo = wordDiff(older.sapo, newer.sapo);
  const byline = wordDiff(older.byline, newer.byline);
  const body = bodyDiff(older.body, newer.body);
  const changed = [headline, sourcePrefix, sapo, byline].some(differs) || body.some((block) => block.change !== 'same');
  return { headline, sourcePrefix, sapo, byline, body, changed };
}
