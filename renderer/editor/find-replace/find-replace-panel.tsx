import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import type { ToneStyle } from '../../../shared/model/settings';
import { findInText, type FindOptions, type TextMatch } from '../../../shared/text/find-in-text';
import { normalizeTonePlacement } from '../../../shared/text/tone-placement';
import { useT } from '../../i18n/i18n';
import type { ArticleTextField } from './article-field-step';
import type { BodyMatch } from './find-in-document';
import { findStateOf } from './find-replace-extension';
import { dispatchReplacement, replaceTransaction, type FieldMatches } from './replace-matches';

/** A match anywhere in the article, in reading order: headline, sapo, then the body. */
export type ArticleMatch = { place: ArticleTextField; match: TextMatch } | { place: 'body'; index: number; match: BodyMatch };

/** How the headline and the sapo show the matches in them (a text box cannot highlight a part of its text). */
export type FieldFindMarks = Record<ArticleTextField, { count: number; current: TextMatch | null }>;

interface FindReplacePanelProps {
  editor: Editor;
  headline: string;
  sapo: string;
  /** A trashed article: find only. */
  readOnly: boolean;
  /** The replacement is written in the house tone style, as typed text is. */
  toneStyle: ToneStyle;
  /** Asked to focus "Tìm" again (Ctrl+H while the panel is open); changes each time. */
  focusRequest: number;
  onMarksChange: (marks: FieldFindMarks | null) => void;
  onClose: () => void;
}

const textFields: readonly ArticleTextField[] = ['headline', 'sapo'];

/**
 * "Tìm và thay thế" (Ctrl+H): finds in the headline, the sapo, the body and the figures' captions
 * and credits, with "Phân biệt chữ hoa", "Nguyên từ" and "Không phân biệt dấu" (either tone
 * placement always); "Thay" replaces the current match, "Thay tất cả" every match in one editor
 * transaction, so one undo (Ctrl+Z) takes it all back, headline and sapo included.
 */
export function FindReplacePanel({ editor, headline, sapo, readOnly, toneStyle, focusRequest, onMarksChange, onClose }: FindReplacePanelProps) {
  const t = useT();
  const queryId = useId();
  const replacementId = useId();
  const queryRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState(() => initialQuery(editor));
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ caseSensitive: false, wholeWord: false, ignoreAccents: false });
  const [current, setCurrent] = useState(0);
  const [message, setMessage] = useState('');

  useEffect(() => {
    queryRef.current?.focus();
    queryRef.current?.select();
  }, [focusRequest]);

  useEffect(() => {
    editor.commands.setFindQuery(query, options);
    setCurrent(0);
  }, [editor, query, options]);

  useEffect(() => () => {
    if (!editor.isDestroyed) editor.commands.setFindQuery('', { caseSensitive: false, wholeWord: false, ignoreAccents: false });
  }, [editor]);

  const bodyMatches = useEditorState({ editor, selector: ({ editor: state }) => findStateOf(state.state).matches });
  const fieldTexts: Record<ArticleTextField, string> = { headline, sapo };
  const headlineMatches = useMemo(() => findInText(headline, query, options), [headline, query, options]);
  const sapoMatches = useMemo(() => findInText(sapo, query, options), [sapo, query, options]);

  const all = useMemo<ArticleMatch[]>(
    () => [
      ...headlineMatches.map((match) => ({ place: 'headline' as const, match })),
      ...sapoMatches.map((match) => ({ place: 'sapo' as const, match })),
      ...bodyMatches.map((match, index) => ({ place: 'body' as const, index, match })),
    ],
    [headlineMatches, sapoMatches, bodyMatches],
  );
  const currentIndex = all.length === 0 ? -1 : Math.min(current, all.length - 1);
  const currentMatch = currentIndex === -1 ? null : all[currentIndex]!;

  // The body highlights its current match; the headline and the sapo are marked by the session.
  const bodyCurrent = currentMatch?.place === 'body' ? currentMatch.index : -1;
  useEffect(() => {
    if (findStateOf(editor.state).current !== bodyCurrent) editor.commands.setFindCurrent(bodyCurrent);
  }, [editor, bodyCurrent, bodyMatches]);

  const headlineCurrent = currentMatch?.place === 'headline' ? currentMatch.match : null;
  const sapoCurrent = currentMatch?.place === 'sapo' ? currentMatch.match : null;
  useEffect(() => {
    onMarksChange({
      headline: { count: headlineMatches.length, current: headlineCurrent },
      sapo: { count: sapoMatches.length, current: sapoCurrent },
    });
  }, [onMarksChange, headlineMatches.length, sapoMatches.length, headlineCurrent, sapoCurrent]);
  useEffect(() => () => onMarksChange(null), [onMarksChange]);

  // The current match is brought into view (after the highlight is drawn).
  useEffect(() => {
    if (currentIndex === -1) return;
    const frame = requestAnimationFrame(() => {
      document.querySelector('.find-match-current, .find-current-caption, .find-current-credit, .find-field-current')?.scrollIntoView({ block: 'center' });
    });
    return () => cancelAnimationFrame(frame);
  }, [currentIndex, all]);

  const move = (step: number) => {
    if (all.length === 0) return;
    setCurrent((currentIndex + step + all.length) % all.length);
    setMessage('');
  };

  const replacementText = () => normalizeTonePlacement(replacement.normalize('NFC'), toneStyle);

  const replace = (matches: readonly ArticleMatch[]) => {
    if (readOnly || matches.length === 0) return;
    const body = matches.flatMap((entry) => (entry.place === 'body' ? [entry.match] : []));
    const fields: FieldMatches[] = textFields.map((field) => ({
      field,
      text: fieldTexts[field],
      matches: matches.flatMap((entry) => (entry.place === field ? [entry.match] : [])),
    }));
    dispatchReplacement(editor.view, replaceTransaction(editor.state, body, fields, replacementText()));
  };

  const replaceCurrent = () => {
    if (currentMatch) replace([currentMatch]);
  };

  const replaceAll = () => {
    const count = all.length;
    replace(all);
    if (count > 0 && !readOnly) setMessage(t.findReplaced(count));
  };

  const onPanelKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
      return;
    }
    const modifier = (event.ctrlKey || event.metaKey) && !event.altKey;
    const inTextBox = event.target instanceof HTMLInputElement && event.target.type === 'text';
    // On the panel's buttons and boxes, undo and redo are the article's (a "Thay tất cả" just made).
    if (modifier && !inTextBox && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      if (event.shiftKey) editor.commands.redo();
      else editor.commands.undo();
    }
  };

  const option = (name: keyof FindOptions, label: string) => (
    <label className="find-option">
      <input type="checkbox" checked={options[name]} onChange={(event) => setOptions({ ...options, [name]: event.target.checked })} />
      {label}
    </label>
  );

  const place = currentMatch === null ? null : currentMatch.place === 'body' && currentMatch.match.kind === 'figure' ? currentMatch.match.field : currentMatch.place;

  return (
    <section className="find-panel" aria-label={t.findReplace} onKeyDown={onPanelKeyDown}>
      <div className="find-row">
        <label htmlFor={queryId} className="find-label">{t.findQuery}</label>
        <input
          id={queryId}
          ref={queryRef}
          type="text"
          className="text-input find-input"
          lang="vi"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setMessage('');
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            move(event.shiftKey ? -1 : 1);
          }}
        />
        <span className="find-count" role="status">
          {query === '' ? '' : all.length === 0 ? t.findNone : `${t.findCount(currentIndex + 1, all.length)} · ${t.findPlaces[place!]}`}
        </span>
        <button type="button" className="button" aria-label={t.findPrevious} title={`${t.findPrevious} (Shift+Enter)`} disabled={all.length === 0} onClick={() => move(-1)}>↑</button>
        <button type="button" className="button" aria-label={t.findNext} title={`${t.findNext} (Enter)`} disabled={all.length === 0} onClick={() => move(1)}>↓</button>
        <button type="button" className="button button-quiet" aria-label={t.findClose} title={`${t.findClose} (Esc)`} onClick={onClose}>×</button>
      </div>
      <div className="find-row">
        <label htmlFor={replacementId} className="find-label">{t.findReplacement}</label>
        <input
          id={replacementId}
          type="text"
          className="text-input find-input"
          lang="vi"
          value={replacement}
          readOnly={readOnly}
          onChange={(event) => setReplacement(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            replaceCurrent();
          }}
        />
        {/* Not disabled when nothing is left to replace: the focus stays here, where Ctrl+Z undoes what was replaced. */}
        <button type="button" className="button" disabled={readOnly} onClick={replaceCurrent}>{t.findReplaceOne}</button>
        <button type="button" className="button" disabled={readOnly} onClick={replaceAll}>{t.findReplaceAll}</button>
      </div>
      <div className="find-row find-options">
        {option('caseSensitive', t.findMatchCase)}
        {option('wholeWord', t.findWholeWord)}
        {option('ignoreAccents', t.findIgnoreAccents)}
        {message !== '' && <span className="find-message" role="status">{message}</span>}
      </div>
    </section>
  );
}

/** The text selected in the body, when it is a short phrase, is what the panel looks for first. */
function initialQuery(editor: Editor): string {
  const { from, to, empty } = editor.state.selection;
  if (empty) return '';
  const text = editor.state.doc.textBetween(from, to, '\n');
  return text.length <= 100 && !text.includes('\n') ? text : '';
}
