import { compileWordLists, parseWordListFile, type WordMatcher } from '../../../shared/moderation/word-list';
import { starterWordLists } from '../../../shared/moderation/starter-word-lists';
import type { BackendContext } from '../backend-context';
import { sql } from '../store/sql';

export type WordListKind = 'banned' | 'suspect';
export interface WordLists {
  banned: string[];
  suspect: string[];
}

/** Until the lists are first saved, the starter lists apply; this settings key says they were saved. */
const editedKey = 'wordListsEdited';

/** The word lists in the database, and the matcher compiled from them (once per change). */
export interface WordListStore {
  get(): WordLists;
  /** Replaces one list (entries trimmed, NFC, duplicates dropped). Call inside a transaction or alone. */
  set(list: WordListKind, entries: readonly string[]): WordLists;
  matcher(): WordMatcher;
  parseFile: typeof parseWordListFile;
}

export function createWordListStore(context: BackendContext): WordListStore {
  const { queries } = context;
  let compiled: WordMatcher | null = null;

  const get = (): WordLists => {
    const edited = queries.get<{ value: string }>(sql`SELECT value FROM settings WHERE key = ${editedKey}`);
    if (!edited) return { banned: [...starterWordLists.banned], suspect: [...starterWordLists.suspect] };
    const rows = queries.all<{ list: WordListKind; entry: string }>(sql`SELECT list, entry FROM word_list_entries ORDER BY list, position`);
    return {
      banned: rows.filter((row) => row.list === 'banned').map((row) => row.entry),
      suspect: rows.filter((row) => row.list === 'suspect').map((row) => row.entry),
    };
  };

  return {
    get,
    set(list, entries) {
      const cleaned = [...new Set(entries.map((entry) => entry.normalize('NFC').trim().replace(/\s+/gu, ' ')).filter((entry) => entry.length > 0))];
      queries.transaction(() => {
        const current = get();
        queries.run(sql`DELETE FROM word_list_entries`);
        const lists: WordLists = { ...current, [list]: cleaned };
        for (const kind of ['banned', 'suspect'] as const) {
          lists[kind].forEach((entry, position) => queries.run(sql`INSERT INTO word_list_entries (list, position, entry) VALUES (${kind}, ${position}, ${entry})`));
        }
        queries.run(sql`INSERT INTO settings (key, value) VALUES (${editedKey}, 'true') ON CONFLICT (key) DO NOTHING`);
      });
      compiled = null;
      return get();
    },
    matcher() {
      compiled ??= compileWordLists(get());
      return compiled;
    },
    parseFile: parseWordListFile,
  };
}
