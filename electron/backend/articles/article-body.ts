import { ApiError } from '../../../shared/api/errors';
import type { DocMark, DocNode } from '../../../shared/model/document';
import { documentLines } from '../../../shared/render/plain-text';
import { isAllowedLinkUrl } from '../../../shared/schema/allowed-link';
import { articleSchema } from '../../../shared/schema/article-extensions';
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
  json: string;
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

/**
 * Checks a body against the real ProseMirror schema of articles and derives its plain text.
 * Links to anything but http, https or mailto are removed, keeping their text. A body the schema
 * refuses is an 'invalid_argument' error at `where`.
 */
export function prepareArticleBody(body: DocNode, where: string): PreparedBody {
  const cleaned = withoutDisallowedLinks(body);
  checkAttributes(cleaned, where);
  let canonical: DocNode;
  try {
    const node = articleSchema().nodeFromJSON(cleaned);
    node.check();
    canonical = node.toJSON() as DocNode;
  } catch (error) {
    throw new ApiError('article-body-invalid', { problem: error instanceof Error ? error.message : String(error) }, { where });
  }
  return { body: canonical, json: JSON.stringify(canonical), ...bodyText(canonical) };
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
