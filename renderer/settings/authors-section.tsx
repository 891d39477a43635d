import { useCallback, useEffect, useId, useState } from 'react';
import { authorRoles, type Author, type AuthorRole } from '../../shared/model/author';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { LabelledEntry } from './labelled-entry';

type AuthorChanges = { name?: string; penName?: string | null; role?: AuthorRole; active?: boolean };

/**
 * Cài đặt › Danh sách tác giả: every author, active or not, in the order the directory gives
 * (Vietnamese order of name); added, renamed, given a pen name or role, and deactivated here.
 */
export function AuthorsSection() {
  const t = useT();
  const titleId = useId();
  const [authors, setAuthors] = useState<Author[]>([]);
  const [newName, setNewName] = useState('');
  const [newPenName, setNewPenName] = useState('');
  const [failure, setFailure] = useState<unknown>(null);

  const reload = useCallback(async () => {
    try {
      setAuthors(await api['authors.list']({ all: true }));
    } catch (error) {
      setFailure(error);
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setFailure(null);
    } catch (error) {
      setFailure(error);
    }
    await reload();
  };

  const update = (id: number, changes: AuthorChanges) => {
    // A role or activity shows at once (the select and checkbox follow the list); the reload puts back what was saved.
    if (changes.role !== undefined || changes.active !== undefined) {
      setAuthors((list) => list.map((author) => (author.id === id ? { ...author, ...changes } : author)));
    }
    return run(() => api['authors.update']({ id, ...changes }));
  };

  const add = () =>
    run(async () => {
      if (newName.trim() === '') return;
      await api['authors.create']({ name: newName, penName: newPenName.trim() === '' ? null : newPenName });
      setNewName('');
      setNewPenName('');
    });

  return (
    <section className="field" aria-labelledby={titleId}>
      <h3 id={titleId} className="field-label">{t.authorDirectory}</h3>
      {authors.length === 0 ? (
        <p className="field-hint">{t.noAuthors}</p>
      ) : (
        <ul className="category-list">
          {authors.map((author) => (
            <AuthorRow key={author.id} author={author} onUpdate={(changes) => update(author.id, changes)} />
          ))}
        </ul>
      )}
      <div className="field-inline">
        <LabelledEntry label={t.newAuthor} value={newName} onChange={setNewName} onEnter={() => void add()} />
      </div>
      <div className="field-inline">
        <LabelledEntry label={t.newAuthorPenName} value={newPenName} onChange={setNewPenName} onEnter={() => void add()} />
        <button type="button" className="button" onClick={() => void add()}>{t.addAuthor}</button>
      </div>
      {failure !== null && <p className="field-error" role="alert">{t.authorFailed(describeError(failure, t))}</p>}
    </section>
  );
}

function AuthorRow({ author, onUpdate }: { author: Author; onUpdate: (changes: AuthorChanges) => Promise<void> }) {
  const t = useT();
  return (
    <li className={author.active ? 'category-row author-row' : 'category-row author-row author-row-inactive'}>
      {/* Each text field is keyed by its saved value, so it shows the directory's value again once a change is saved. */}
      <AuthorTextField key={`name-${author.name}`} label={t.authorName(author.name)} saved={author.name}
        onCommit={(name) => (name.trim() === '' ? false : onUpdate({ name }))} />
      <AuthorTextField key={`pen-${author.penName ?? ''}`} label={t.authorPenName(author.name)} saved={author.penName ?? ''}
        onCommit={(penName) => onUpdate({ penName: penName.trim() === '' ? null : penName })} />
      <select className="select-input" aria-label={t.authorRole(author.name)} value={author.role}
        onChange={(event) => void onUpdate({ role: event.target.value as AuthorRole })}>
        {authorRoles.map((role) => (
          <option key={role} value={role}>{t.authorRoles[role]}</option>
        ))}
      </select>
      <input type="checkbox" aria-label={t.authorActive(author.name)} checked={author.active}
        onChange={(event) => void onUpdate({ active: event.target.checked })} />
      {!author.active && <span className="category-count">{t.authorInactive}</span>}
    </li>
  );
}

/** A name or pen name, saved when left or on Enter if changed; `onCommit` returns false to refuse the text. */
function AuthorTextField({ label, saved, onCommit }: { label: string; saved: string; onCommit: (text: string) => Promise<void> | false }) {
  const [text, setText] = useState(saved);
  const commit = () => {
    if (text.trim() === saved.trim() || onCommit(text) === false) setText(saved);
  };
  return (
    <input
      className="text-input"
      type="text"
      lang="vi"
      aria-label={label}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
    />
  );
}
