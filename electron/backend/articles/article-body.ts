import { Fragment, type Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ApiError } from '../../../shared/api/errors';
import { jsonPartLength } from '../../../shared/api/json-parts';
import type { DocMark, DocNode } from '../../../shared/model/document';
import { documentLines, hasOwnLines } from '../../../shared/render/plain-text';
import { isAllowedLinkUrl } from '../../../shared/schema/allowed-link';
import { articleModelSchema } from '../../../shared/schema/article-model-schema';
import { limits } from '../../../shared/api/limits';
import { countWords } from '../../../shared/text/word-count';
import { mediaHashPattern } from '../../../shared/api/zod';

/** The text of an article body, as word counts and search see it. */
export interface BodyText {
  /** Words in the body's plain text. */
  wordCount: number;
  /** The plain text (`documentPlainText`), joined on first use: only the search index needs it. */
  plainText(): string;
}

/** An article body checked against the article schema, with what the store derives from it. */
export interface PreparedBody extends BodyText {
  /** The body as the schema serialises it (default attributes filled in, unknown ones dropped). */
  body: DocNode;
  /**
   * The body's JSON (what `JSON.stringify(body)` gives) in consecutive parts, each short enough
   * (`jsonPartLength`) to stay out of V8's large-object space: the store concatenates them in SQL
   * (`bodyJsonValue`). A 20,000-word body is about 140,000 characters; as one string every save
   * would map fresh memory for it, and on a virtual machine whose freed pages go back to the host,
   * touching those pages again costs milliseconds now and then.
   */
  jsonParts: readonly string[];
  /** The parts joined (tests, and callers outside the hot path). */
  readonly json: string;
}

/** A prepared body's fields for JSON given whole (a body that is not a doc of blocks, a converted body). */
export function wholeJson(json: string): Pick<PreparedBody, 'jsonParts' | 'json'> {
  return { jsonParts: [json], json };
}

/**
 * The word count and plain text of a body. Words are counted line by line, which gives the count
 * of the joined text (lines are trimmed and joined by line feeds) without building it.
 */
export function bodyText(body: DocNode): BodyText {
  const lines = documentLines(body);
  let wordCount = 0;
  for (const line of lines) wordCount += countWords(line);
  let joined: string | undefined;
  return { wordCount, plainText: () => (joined ??= lines.join('\n')) };
}

/** The text of a body as stored in `articles.body_json` (canonical JSON, checked when saved). */
export function storedBodyText(bodyJson: string): BodyText {
  return bodyText(JSON.parse(bodyJson) as DocNode);
}

/** What a body's preparation derived from one of its top-level blocks. */
interface PreparedBlock {
  node: ProseMirrorNode;
  /** The block as the schema serialises it. */
  canonical: DocNode;
  /** A copy of the block as it came in, when that was not `canonical` (for example a link without its default attributes). */
  input?: DocNode;
  json: string;
  lines: string[];
  wordCount: number;
}

/**
 * The top-level blocks of a prepared body, kept so that the next preparation of the same article
 * (an autosave changes one block of hundreds) derives only the blocks that changed: a block equal,
 * value for value, to a kept block as the schema serialises it is that block (preparing is
 * idempotent). Only bodies whose every top-level block has lines of its own are kept this way.
 */
export interface PreparedBlocks {
  readonly blocks: readonly PreparedBlock[];
  readonly parts: readonly JsonPart[];
}

/** One part of a prepared body's JSON: the blocks from `start` on that it holds, and its text. */
interface JsonPart {
  readonly start: number;
  readonly blocks: readonly PreparedBlock[];
  /** Whether it ends the JSON (holds the closing brackets). */
  readonly last: boolean;
  readonly text: string;
}

/**
 * Checks a body against the real ProseMirror schema of articles and derives its plain text.
 * Links to anything but http, https or mailto are removed, keeping their text. A body the schema
 * refuses is an 'invalid_argument' error at `where`. With the `previous` blocks of the same
 * article, blocks that did not change are not checked and serialised again; the result is the same.
 */
export function prepareArticleBody(body: DocNode, where: string, previous?: PreparedBlocks): PreparedBody & { blocks?: PreparedBlocks } {
  const cleaned = withoutDisallowedLinks(body);
  checkAttributes(cleaned, where);
  const reused = previous ? prepareFromPrevious(cleaned, previous) : undefined;
  if (reused) return reused;
  let doc: ProseMirrorNode;
  try {
    doc = articleModelSchema().nodeFromJSON(cleaned);
    doc.check();
  } catch (error) {
    throw new ApiError('article-body-invalid', { problem: error instanceof Error ? error.message : String(error) }, { where });
  }
  const canonical = doc.toJSON() as DocNode;
  if (!isBlockDocument(canonical, doc)) return { body: canonical, ...wholeJson(JSON.stringify(canonical)), ...bodyText(canonical) };
  const blocks: PreparedBlock[] = [];
  const inputs = cleaned.content?.length === doc.childCount ? cleaned.content : undefined;
  doc.content.forEach((node, _offset, index) => blocks.push(preparedBlock(node, canonical.content![index]!, inputs?.[index])));
  return assembled(blocks);
}

/** A doc serialised as `{type, content}` alone whose top-level blocks each have their own lines: its JSON, lines and words are those of its blocks. */
function isBlockDocument(canonical: DocNode, doc: ProseMirrorNode): boolean {
  const keys = Object.keys(canonical);
  if (keys.length !== 2 || keys[0] !== 'type' || keys[1] !== 'content' || canonical.type !== 'doc') return false;
  let ownLines = true;
  doc.content.forEach((node) => {
    if (!hasOwnLines(node.type.name)) ownLines = false;
  });
  return ownLines;
}

function preparedBlock(node: ProseMirrorNode, canonical: DocNode, input: DocNode | undefined): PreparedBlock {
  const lines = documentLines(canonical);
  let wordCount = 0;
  for (const line of lines) wordCount += countWords(line);
  const json = JSON.stringify(canonical);
  // The copy is the block's own: a caller changing its object afterwards cannot change what it matches.
  if (input === undefined || sameJsonValue(input, canonical)) return { node, canonical, json, lines, wordCount };
  return { node, canonical, input: JSON.parse(JSON.stringify(input)) as DocNode, json, lines, wordCount };
}

function assembled(blocks: PreparedBlock[], previous?: PreparedBlocks): PreparedBody & { blocks: PreparedBlocks } {
  let wordCount = 0;
  for (const block of blocks) wordCount += block.wordCount;
  const parts = jsonParts(blocks, previous?.parts);
  let joined: string | undefined;
  let json: string | undefined;
  return {
    body: { type: 'doc', content: blocks.map((block) => block.canonical) },
    jsonParts: parts.map((part) => part.text),
    get json() {
      return (json ??= parts.map((part) => part.text).join(''));
    },
    wordCount,
    plainText: () => {
      if (joined === undefined) {
        const lines: string[] = [];
        for (const block of blocks) for (const line of block.lines) lines.push(line);
        joined = lines.join('\n');
      }
      return joined;
    },
    blocks: { blocks, parts },
  };
}

const jsonStart = '{"type":"doc","content":[';
const jsonEnd = ']}';

/**
 * What `JSON.stringify` gives for `{type: 'doc', content}` of these blocks, cut between blocks
 * into parts of about `jsonPartLength` characters (a longer block is a part of its own). A part
 * made of the same blocks as a part of the previous save is that part's string.
 */
function jsonParts(blocks: readonly PreparedBlock[], previous: readonly JsonPart[] | undefined): JsonPart[] {
  const parts: JsonPart[] = [];
  let previousIndex = 0;
  let start = 0;
  while (start < blocks.length || parts.length === 0) {
    let end = start;
    let length = start === 0 ? jsonStart.length : 0;
    while (end < blocks.length && (end === start || length + blocks[end]!.json.length + 1 <= jsonPartLength)) {
      length += blocks[end]!.json.length + 1;
      end += 1;
    }
    while (previous && previousIndex < previous.length && previous[previousIndex]!.start < start) previousIndex += 1;
    const candidate = previous?.[previousIndex];
    const last = end === blocks.length;
    if (candidate && candidate.start === start && candidate.blocks.length === end - start && candidate.last === last && candidate.blocks.every((block, index) => block === blocks[start + index])) {
      parts.push(candidate);
    } else {
      const pieces: string[] = start === 0 ? [jsonStart] : [','];
      for (let index = start; index < end; index += 1) {
        if (index > start) pieces.push(',');
        pieces.push(blocks[index]!.json);
      }
      if (last) pieces.push(jsonEnd);
      parts.push({ start, blocks: blocks.slice(start, end), last, text: pieces.join('') });
    }
    start = end;
  }
  return parts;
}

/**
 * Prepares a body from the blocks of the previous one: each top-level block equal to a kept block
 * at the same index, or at the index moved by the change in the number of blocks (blocks added or
 * removed above), is that block; the others are read by the schema, and the whole doc is checked
 * once. Undefined when the body is not a plain doc of blocks or anything fails: the caller then
 * prepares it from scratch (and reports the problem exactly as it always did).
 */
function prepareFromPrevious(body: DocNode, previous: PreparedBlocks): (PreparedBody & { blocks: PreparedBlocks }) | undefined {
  const content = body.content;
  if (body.type !== 'doc' || !Array.isArray(content) || content.length === 0 || Object.keys(body).some((key) => key !== 'type' && key !== 'content')) return undefined;
  const kept = previous.blocks;
  const shift = content.length - kept.length;
  const matching = (input: DocNode, index: number): PreparedBlock | undefined => {
    const block = kept[index];
    return block !== undefined && (sameJsonValue(input, block.canonical) || (block.input !== undefined && sameJsonValue(input, block.input))) ? block : undefined;
  };
  const schema = articleModelSchema();
  const docType = schema.nodes.doc;
  if (docType === undefined) return undefined;
  const blocks: Array<PreparedBlock | undefined> = [];
  const nodes: ProseMirrorNode[] = [];
  try {
    for (let index = 0; index < content.length; index += 1) {
      const input = content[index]!;
      const block = matching(input, index) ?? (shift !== 0 ? matching(input, index - shift) : undefined);
      blocks.push(block);
      if (block) {
        nodes.push(block.node);
      } else {
        // As Node.check does for the whole doc: a kept block was checked when it was prepared.
        const node = schema.nodeFromJSON(input);
        node.check();
        nodes.push(node);
      }
    }
    const fragment = Fragment.fromArray(nodes);
    if (fragment.childCount !== nodes.length) return undefined;
    const doc = docType.create(null, fragment);
    for (const _attribute in doc.attrs) return undefined;
    if (!docType.validContent(doc.content)) return undefined;
  } catch {
    return undefined;
  }
  const prepared: PreparedBlock[] = [];
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index]!;
    if (!hasOwnLines(node.type.name)) return undefined;
    prepared.push(blocks[index] ?? preparedBlock(node, node.toJSON() as DocNode, content[index]));
  }
  return assembled(prepared, previous);
}

/** Whether two JSON values are equal: the same primitives, arrays of equal items, objects with the same keys and equal values. */
function sameJsonValue(left: unknown, right: unknown): boolean {
  if (left === right) return true;
  if (typeof left !== 'object' || typeof right !== 'object' || left === null || right === null) return false;
  if (Array.isArray(left)) {
    if (!Array.isArray(right) || left.length !== right.length) return false;
    for (let index = 0; index < left.length; index += 1) if (!sameJsonValue(left[index], right[index])) return false;
    return true;
  }
  if (Array.isArray(right)) return false;
  const leftKeys = Object.keys(left);
  if (leftKeys.length !== Object.keys(right).length) return false;
  for (const key of leftKeys) {
    if (!Object.prototype.hasOwnProperty.call(right, key)) return false;
    if (!sameJsonValue((left as Record<string, unknown>)[key], (right as Record<string, unknown>)[key])) return false;
  }
  return true;
}

/** A copy of `node` without link marks whose address is not allowed; everything else is shared. */
export function withoutDisallowedLinks(node: DocNode): DocNode {
  let marks = node.marks;
  if (marks?.some(isDisallowedLink)) {
    marks = marks.filter((mark) => !isDisallowedLink(mark));
  }
  let content = node.content;
  if (content) {
    let changed = false;
    const cleanedChildren = content.map((child) => {
      const cleaned = withoutDisallowedLinks(child);
      if (cleaned !== child) changed = true;
      return cleaned;
    });
    if (changed) content = cleanedChildren;
  }
  if (marks === node.marks && content === node.content) return node;
  const copy: DocNode = { ...node };
  if (content) copy.content = content;
  if (marks && marks.length > 0) copy.marks = marks;
  else delete copy.marks;
  return copy;
}

function isDisallowedLink(mark: DocMark): boolean {
  if (mark.type !== 'link') return false;
  const href = mark.attrs?.href;
  return typeof href !== 'string' || !isAllowedLinkUrl(href);
}

/** The attribute values the schema itself does not check (ProseMirror accepts any value). */
function checkAttributes(root: DocNode, where: string): void {
  const stack: Array<{ node: DocNode; path: string }> = [{ node: root, path: where }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    const attrs = node.attrs;
    if (node.type === 'heading') {
      const level = attrs?.level;
      if (level !== undefined && level !== 2 && level !== 3 && level !== 4) {
        throw new ApiError('heading-level-invalid', { level: String(level) }, { where: `${path}.attrs.level` });
      }
    } else if (node.type === 'figure' && attrs) {
      for (const name of ['hash', 'caption', 'credit', 'alt'] as const) {
        if (attrs[name] !== undefined && typeof attrs[name] !== 'string') {
          throw new ApiError('figure-attribute-not-text', { attribute: name }, { where: `${path}.attrs.${name}` });
        }
      }
      if (attrs.featured !== undefined && typeof attrs.featured !== 'boolean') {
        throw new ApiError('figure-attribute-not-boolean', { attribute: 'featured' }, { where: `${path}.attrs.featured` });
      }
      const hash = attrs.hash as string | undefined;
      if (hash !== undefined && hash !== '' && !mediaHashPattern.test(hash)) {
        throw new ApiError('figure-hash-invalid', {}, { where: `${path}.attrs.hash` });
      }
    } else if (node.type === 'orderedList' && attrs?.start !== undefined && !(Number.isSafeInteger(attrs.start) && (attrs.start as number) >= 0)) {
      throw new ApiError('list-start-invalid', {}, { where: `${path}.attrs.start` });
    } else if ((node.type === 'tableCell' || node.type === 'tableHeader') && attrs) {
      for (const name of ['colspan', 'rowspan'] as const) {
        const span = attrs[name];
        if (span !== undefined && !(Number.isSafeInteger(span) && (span as number) >= 1 && (span as number) <= limits.tableCellSpan)) {
          throw new ApiError('table-span-invalid', {}, { where: `${path}.attrs.${name}` });
        }
      }
      if (attrs.colwidth !== undefined && attrs.colwidth !== null) throw new ApiError('table-span-invalid', {}, { where: `${path}.attrs.colwidth` });
    }
    if (node.content) {
      for (let index = node.content.length - 1; index >= 0; index -= 1) {
        const child = node.content[index]!;
        if (child.attrs) stack.push({ node: child, path: `${path}.content.${index}` });
        else if (child.content) stack.push({ node: child, path: `${path}.content.${index}` });
      }
    }
  }
}
