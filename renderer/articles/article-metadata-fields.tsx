import { useId, useState, type KeyboardEvent } from 'react';
import { limits } from '../../shared/api/limits';
import { distinctTags } from '../../shared/model/article-metadata';
import { calendarDateFromIso, formatCalendarDateline } from '../../shared/text/dateline';
import { useT } from '../i18n/i18n';

interface DateFieldsProps {
  /** Ngày, 'YYYY-MM-DD', or null for none. */
  date: string | null;
  datelinePlace: string;
  readOnly: boolean;
  /** `settled`: a date picked, saved at once; typing in Nơi viết is saved by the autosave. */
  onChange: (changes: { date?: string | null; datelinePlace?: string }, settled?: boolean) => void;
  onBlur: () => void;
}

/** Ngày (a date picker, with the portal's dateline beside it) and Nơi viết (the dateline place). */
export function DateFields({ date, datelinePlace, readOnly, onChange, onBlur }: DateFieldsProps) {
  const t = useT();
  const dateId = useId();
  const datelineId = useId();
  const placeId = useId();
  const calendar = date === null ? null : calendarDateFromIso(date);
  return (
    <div className="field-row field-row-dateline">
      <div className="field field-date">
        <label htmlFor={dateId} className="field-label">{t.articleDate}</label>
        <div className="date-with-dateline">
          <input
            id={dateId}
            className="text-input date-input"
            type="date"
            value={date ?? ''}
            readOnly={readOnly}
            aria-describedby={datelineId}
            onChange={(event) => {
              const value = event.target.value;
              // A half-typed date is '' in the input: only a whole date, or a cleared field, is saved.
              if (value === '' || calendarDateFromIso(value)) onChange({ date: value === '' ? null : value }, true);
            }}
            onBlur={onBlur}
          />
          <span id={datelineId} className="date-dateline" title={t.articleDateDateline}>
            {calendar ? formatCalendarDateline(calendar) : t.articleDateNone}
          </span>
        </div>
      </div>
      <div className="field field-dateline-place">
        <label htmlFor={placeId} className="field-label">{t.datelinePlace}</label>
        <input
          id={placeId}
          className="text-input"
          type="text"
          lang="vi"
          maxLength={limits.datelinePlace}
          placeholder={t.datelinePlaceHint}
          value={datelinePlace}
          readOnly={readOnly}
          onChange={(event) => onChange({ datelinePlace: event.target.value })}
          onBlur={onBlur}
        />
      </div>
    </div>
  );
}

interface TagsFieldProps {
  tags: readonly string[];
  readOnly: boolean;
  /** Every change (a tag added or removed) is a decision, saved at once. */
  onChange: (tags: string[]) => void;
  onBlur: () => void;
}

/** Từ khóa: chips, each with its remove button, and an input where Enter or a comma adds what was typed. */
export function TagsField({ tags, readOnly, onChange, onBlur }: TagsFieldProps) {
  const t = useT();
  const inputId = useId();
  const hintId = useId();
  const [draft, setDraft] = useState('');
  const full = tags.length >= limits.tags;

  /** Adds the comma-separated tags of `text`; what is already there (ignoring case and accents) is not added twice. */
  const add = (text: string) => {
    const typed = text.split(',').map((tag) => tag.trim().replace(/\s+/gu, ' ').slice(0, limits.tag)).filter((tag) => tag !== '');
    setDraft('');
    if (typed.length === 0) return;
    const next = distinctTags([...tags, ...typed]).slice(0, limits.tags);
    if (next.length !== tags.length) onChange(next);
  };

  const keyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add(draft);
    } else if (event.key === 'Backspace' && draft === '' && tags.length > 0) {
      onChange(tags.slice(0, -1));
    }
  };

  return (
    <div className="field field-tags">
      <label htmlFor={inputId} className="field-label">{t.tags}</label>
      {tags.length > 0 && (
        <ul className="tag-chips" aria-label={t.tagsChosen}>
          {tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>{tag}</span>
              {!readOnly && (
                <button type="button" className="button button-quiet tag-remove" aria-label={t.tagRemove(tag)} onClick={() => onChange(tags.filter((kept) => kept !== tag))}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        id={inputId}
        className="text-input"
        type="text"
        lang="vi"
        maxLength={limits.tag * 2}
        aria-describedby={hintId}
        placeholder={full ? t.tagsFull(limits.tags) : undefined}
        value={draft}
        readOnly={readOnly || full}
        onChange={(event) => {
          const value = event.target.value;
          // A pasted "a, b, c" adds its tags; a trailing comma adds what was typed before it.
          if (value.includes(',')) add(value.endsWith(',') ? value.slice(0, -1) : value);
          else setDraft(value);
        }}
        onKeyDown={keyDown}
        onBlur={() => {
          add(draft);
          onBlur();
        }}
      />
      <span id={hintId} className="visually-hidden">{t.tagsHint}</span>
    </div>
  );
}
