import { useId, useRef, useState } from 'react';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';

export type WordList = 'banned' | 'suspect';

type Outcome =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; reflagged: number; added: number | null; problems: ReadonlyArray<{ line: number; reason: string }> }
  | { kind: 'failed'; error: unknown };

/** The entries typed in the box: one a line, blank lines left out. */
export function entriesOfText(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

interface WordListFieldProps {
  list: WordList;
  entries: readonly string[];
  onSaved: (lists: Record<WordList, string[]>) => void;
}

/** One word list: a box of one entry a line saved by "Lưu danh sách", and "Nhập từ tệp" (a text file's entries added). */
export function WordListField({ list, entries, onSaved }: WordListFieldProps) {
  const t = useT();
  const id = useId();
  const hintId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState(entries.join('\n'));
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const label = t.wordListNames[list];

  const save = async () => {
    setOutcome({ kind: 'saving' });
    try {
      const result = await api['comments.setWordList']({ list, entries: entriesOfText(text) });
      setText(result[list].join('\n'));
      setOutcome({ kind: 'saved', reflagged: result.reflagged, added: null, problems: [] });
      onSaved({ banned: result.banned, suspect: result.suspect });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  const importFile = async (file: File) => {
    setOutcome({ kind: 'saving' });
    try {
      const result = await api['comments.importWordList']({ list, text: await file.text() });
      setText(result[list].join('\n'));
      setOutcome({ kind: 'saved', reflagged: result.reflagged, added: result.added, problems: result.problems });
      onSaved({ banned: result.banned, suspect: result.suspect });
    } catch (error) {
      setOutcome({ kind: 'failed', error });
    }
  };

  return (
    <div className="field word-list-field">
      <label htmlFor={id} className="field-label">{label}</label>
      <textarea id={id} className="text-input word-list-input" lang="vi" rows={6} spellCheck={false} value={text} aria-describedby={hintId}
        onChange={(event) => setText(event.target.value)} />
      <p id={hintId} className="field-hint">{t.wordListHint}</p>
      <div className="field-action">
        <button type="button" className="button" disabled={outcome.kind === 'saving'} aria-label={t.wordListSaveNamed(label)} onClick={() => void save()}>
          {t.wordListSave}
        </button>
        <button type="button" className="button" disabled={outcome.kind === 'saving'} aria-label={t.wordListImportNamed(label)} onClick={() => fileRef.current?.click()}>
          {t.wordListImport}
        </button>
        <input ref={fileRef} type="file" accept=".txt,text/plain" className="visually-hidden" tabIndex={-1} aria-label={t.wordListChooseFile(label)}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file);
          }} />
      </div>
      <div aria-live="polite" className="field-hint">
        {outcome.kind === 'saving' && t.wordListSaving}
        {outcome.kind === 'saved' && (outcome.added === null ? t.wordListSaved(outcome.reflagged) : t.wordListImported(outcome.added, outcome.reflagged))}
      </div>
      {outcome.kind === 'saved' && outcome.problems.length > 0 && (
        <ul className="word-list-problems" aria-label={t.wordListProblems}>
          {outcome.problems.map((problem) => (
            <li key={problem.line}>{t.wordListProblem(problem.line, problem.reason)}</li>
          ))}
        </ul>
      )}
      {outcome.kind === 'failed' && <p className="field-error" role="alert">{t.wordListFailed(describeError(outcome.error, t))}</p>}
    </div>
  );
}
