import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { FindOptions } from '../../../shared/text/find-in-text';
import { DocumentFinder, type BodyMatch } from './find-in-document';

/** What "Tìm và thay thế" is looking for in the body, and the matches it found. */
export interface FindState {
  query: string;
  options: FindOptions;
  /** The body's matches in reading order, kept current as the document changes. */
  matches: BodyMatch[];
  /** The index in `matches` of the current match, or -1 (none, or it is in the headline or sapo). */
  current: number;
  decorations: DecorationSet;
  /** Searches again only the blocks an edit changed. */
  finder: DocumentFinder | null;
}

type FindMeta = { query: string; options: FindOptions } | { current: number };

export const findReplaceKey = new PluginKey<FindState>('findReplace');

const noOptions: FindOptions = { caseSensitive: false, wholeWord: false, ignoreAccents: false };

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    findReplace: {
      /** Looks for `query` in the body ('' stops looking): matches are highlighted. */
      setFindQuery: (query: string, options: FindOptions) => ReturnType;
      /** Marks the body's match at `index` as the current one (-1 for none). */
      setFindCurrent: (index: number) => ReturnType;
    };
  }
}

function decorationsFor(doc: ProseMirrorNode, matches: readonly BodyMatch[], current: number): DecorationSet {
  if (matches.length === 0) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  const figureClasses = new Map<number, Set<string>>();
  matches.forEach((match, index) => {
    const isCurrent = index === current;
    if (match.kind === 'text') {
      decorations.push(Decoration.inline(match.from, match.to, { class: isCurrent ? 'find-match find-match-current' : 'find-match' }));
    } else {
      const classes = figureClasses.get(match.position) ?? new Set<string>();
      classes.add(`find-in-${match.field}`);
      if (isCurrent) classes.add(`find-current-${match.field}`);
      figureClasses.set(match.position, classes);
    }
  });
  for (const [position, classes] of figureClasses) {
    const node = doc.nodeAt(position);
    if (node) decorations.push(Decoration.node(position, position + node.nodeSize, { class: [...classes].join(' ') }));
  }
  return DecorationSet.create(doc, decorations);
}

function nextState(finder: DocumentFinder, doc: ProseMirrorNode, current: number): FindState {
  const matches = finder.find(doc);
  const clamped = current >= matches.length ? matches.length - 1 : current;
  return { query: finder.query, options: finder.options, matches, current: clamped, decorations: decorationsFor(doc, matches, clamped), finder };
}

const emptyState: FindState = { query: '', options: noOptions, matches: [], current: -1, decorations: DecorationSet.empty, finder: null };

/** The find state of an editor's state (an empty one when the extension is missing). */
export function findStateOf(state: EditorState): FindState {
  return findReplaceKey.getState(state) ?? emptyState;
}

/**
 * Find in the body: the matches of the query (text and figure captions and credits) as
 * decorations, found again after every change to the document. The panel ("Tìm và thay thế")
 * drives it and adds the headline and the sapo.
 */
export const FindReplace = Extension.create({
  name: 'findReplace',

  addCommands() {
    return {
      setFindQuery:
        (query, options) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findReplaceKey, { query: query.normalize('NFC'), options } satisfies FindMeta);
          return true;
        },
      setFindCurrent:
        (index) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.setMeta(findReplaceKey, { current: index } satisfies FindMeta);
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findReplaceKey,
        state: {
          init: () => emptyState,
          apply: (tr: Transaction, previous, _oldState, newState) => {
            const meta = tr.getMeta(findReplaceKey) as FindMeta | undefined;
            if (meta && 'query' in meta) {
              if (meta.query === '') return emptyState;
              return nextState(new DocumentFinder(meta.query, meta.options), newState.doc, previous.current);
            }
            if (tr.docChanged && previous.finder) return nextState(previous.finder, newState.doc, previous.current);
            if (meta && 'current' in meta && meta.current !== previous.current) {
              return { ...previous, current: meta.current, decorations: decorationsFor(newState.doc, previous.matches, meta.current) };
            }
            return previous;
          },
        },
        props: {
          decorations: (state) => findReplaceKey.getState(state)?.decorations,
        },
      }),
    ];
  },
});
