import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { ApiError } from '../../shared/api/errors';
import type { Author } from '../../shared/model/author';
import { bylineLine, bylineRoles, type ArticleBylines, type BylineRole } from '../../shared/model/byline';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { authorNamed, authorSuggestions } from './byline-model';

interface BylineFieldProps {
  bylines: ArticleBylines;
  readOnly: boolean;
  /** A new byline; `settled` is true for a choice (saved at once), false while the source is typed. */
  onChange: (bylines: ArticleBylines, settled: boolean) => void;
  onBlur: () => void;
}

/**
 * Tác giả: a combobox over the author directory (type, pick a suggestion with the arrows and
 * Enter or the mouse, or Enter to add a new author), the chosen authors in order as removable
 * chips each with its role (Viết / Ảnh), "Nhóm PV", "Theo <nguồn>", and the byline line as it
 * will be exported.
 */
export function BylineField({ bylines, readOnly, onChange, onBlur }: BylineFieldProps) {
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const listId = useId();
  const sourceId = useId();
  const lineId = useId();
  const [directory, setDirectory] = useState<Author[]>([]);
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api['authors.list']({}).then(
      (authors) => live && setDirectory(authors),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const chosenIds = useMemo(() => new Set(bylines.authors.map((author) => author.authorId)), [bylines.authors]);
  const suggestions = useMemo(() => authorSuggestions(directory, typed, chosenIds), [directory, typed, chosenIds]);
  const showList = open && suggestions.length > 0;

  const addAuthor = (author: Author) => {
    const role: BylineRole = author.role === 'photographer' ? 'photographer' : 'writer';
    onChange({ ...bylines, authors: [...bylines.authors, { authorId: author.id, role, name: author.name, penName: author.penName }] }, true);
    setTyped('');
    setOpen(false);
    setActive(-1);
    setProblem(null);
  };

  const addTyped = async () => {
    const name = typed.trim();
    if (name === '') return;
    const existing = authorNamed(directory, name);
    if (existing) {
      if (!chosenIds.has(existing.id)) addAuthor(existing);
      else setTyped('');
      return;
    }
    try {
      const created = await api['authors.create']({ name });
      setDirectory((authors) => [...authors, created]);
      addAuthor(created);
    } catch (error) {
      // The name belongs to an author no longer active (not in the suggestions): sign with that author.
      if (error instanceof ApiError && error.reason === 'author-name-taken') {
        const taken = (await api['authors.list']({ all: true }).catch(() => [])).find((author) => author.id === error.params.id);
        if (taken && !chosenIds.has(taken.id)) {
          addAuthor(taken);
          return;
        }
      }
      setProblem(t.bylineFailed(describeError(error, t)));
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && suggestions.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index + 1) % suggestions.length);
    } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const picked = showList && active >= 0 ? suggestions[active] : undefined;
      if (picked) addAuthor(picked);
      else void addTyped();
    } else if (event.key === 'Escape' && showList) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const changeRole = (index: number, role: BylineRole) => {
    onChange({ ...bylines, authors: bylines.authors.map((author, at) => (at === index ? { ...author, role } : author)) }, true);
  };

  const remove = (index: number) => {
    onChange({ ...bylines, authors: bylines.authors.filter((_author, at) => at !== index) }, true);
  };

  const line = bylineLine(bylines);
  const optionId = (index: number) => `${listId}-${index}`;

  return (
    <div className="field field-bylines">
      <label htmlFor={inputId} className="field-label">{t.bylines}</label>
      {bylines.authors.length > 0 && (
        <ul className="byline-chips" aria-label={t.bylineAuthorsChosen}>
          {bylines.authors.map((author, index) => {
            const shown = author.penName ? `${author.name} (${author.penName})` : author.name;
            return (
              <li key={`${author.authorId}-${index}`} className="byline-chip">
                <span lang="vi">{shown}</span>
                <select
                  className="select-input byline-role"
                  aria-label={t.bylineRoleOf(author.name)}
                  value={author.role}
                  disabled={readOnly}
                  onChange={(event) => changeRole(index, event.target.value as BylineRole)}
                >
                  {bylineRoles.map((role) => (
                    <option key={role} value={role}>{t.bylineRoles[role]}</option>
                  ))}
                </select>
                {!readOnly && (
                  <button type="button" className="button button-quiet byline-remove" aria-label={t.bylineRemove(author.name)} onClick={() => remove(index)}>
                    ×
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <div className="byline-combobox">
        <input
          id={inputId}
          className="text-input"
          type="text"
          lang="vi"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? optionId(active) : undefined}
          aria-describedby={hintId}
          value={typed}
          readOnly={readOnly}
          onChange={(event) => {
            setTyped(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <span id={hintId} className="visually-hidden">{t.bylinesHint}</span>
        <ul id={listId} role="listbox" aria-label={t.bylines} className="byline-suggestions" hidden={!showList}>
          {suggestions.map((author, index) => (
            <li
              key={author.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'byline-suggestion active' : 'byline-suggestion'}
              onMouseDown={(event) => {
                event.preventDefault();
                addAuthor(author);
              }}
            >
              {author.penName ? `${author.name} (${author.penName})` : author.name}
              <span className="byline-suggestion-role"> · {t.authorRoles[author.role]}</span>
            </li>
          ))}
        </ul>
      </div>
      {problem && <p role="alert" className="byline-problem">{problem}</p>}
      <div className="byline-options">
        <label className="checkbox-label">
          <input type="checkbox" checked={bylines.team} disabled={readOnly} onChange={(event) => onChange({ ...bylines, team: event.target.checked }, true)} />
          {t.bylineTeam}
        </label>
        <label htmlFor={sourceId} className="field-label">{t.bylineSource}</label>
        <input
          id={sourceId}
          className="text-input byline-source"
          type="text"
          lang="vi"
          placeholder={t.bylineSourceHint}
          value={bylines.source}
          readOnly={readOnly}
          onChange={(event) => onChange({ ...bylines, source: event.target.value }, false)}
          onBlur={onBlur}
        />
      </div>
      <p className="byline-line">
        <span id={lineId} className="field-label">{t.bylineLine}</span>{': '}
        <output aria-labelledby={lineId} lang="vi">{line === '' ? t.bylineLineEmpty : line}</output>
      </p>
    </div>
  );
}
