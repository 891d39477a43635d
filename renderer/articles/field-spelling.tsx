import { useEffect, useMemo, useState } from 'react';
import { spellCheckIgnoredMax, spellCheckWordMaxLength, type ToneStyle } from '../../shared/model/settings';
import { SpellingChecker, type SpellingIssue } from '../../shared/text/spelling-check';
import { useT } from '../i18n/i18n';
import { useChangeSettings, useSettings } from '../settings/settings-context';

/** How long typing must pause before a field is checked: a word half typed is not a mistake yet. */
const settleMilliseconds = 600;

export interface FieldSpellingState {
  checker: SpellingChecker | null;
  /** The text checked (NFC): the field's text once typing paused. */
  checked: string;
  issues: SpellingIssue[];
}

/**
 * Kiểm tra chính tả for a plain text field (Tiêu đề, Sapo), whose words cannot be underlined: the
 * flagged words of `text` once typing pauses, or none when the checker is off.
 */
export function useFieldSpelling(text: string, toneStyle: ToneStyle): FieldSpellingState {
  const { spellCheck, spellCheckIgnored } = useSettings();
  const checker = useMemo(
    () => (spellCheck ? new SpellingChecker({ style: toneStyle, ignored: spellCheckIgnored }) : null),
    [spellCheck, spellCheckIgnored, toneStyle],
  );
  const [checked, setChecked] = useState(() => text.normalize('NFC'));
  useEffect(() => {
    const timer = setTimeout(() => setChecked(text.normalize('NFC')), settleMilliseconds);
    return () => clearTimeout(timer);
  }, [text]);
  const issues = useMemo(() => checker?.check(checked) ?? [], [checker, checked]);
  return { checker, checked, issues };
}

interface FieldSpellingProps extends FieldSpellingState {
  /** The id the field's aria-describedby names. */
  id: string;
  /** The field's text now. */
  text: string;
  readOnly: boolean;
  /** Writes the field's text with one flagged word replaced. */
  onFix: (text: string) => void;
}

/**
 * The note under a field with flagged words: each word with a button per likely fix ("nguời →
 * người") and "Bỏ qua từ này". The field itself carries aria-invalid="spelling" meanwhile.
 */
export function FieldSpelling({ id, text, checker, checked, issues, readOnly, onFix }: FieldSpellingProps) {
  const t = useT();
  const settings = useSettings();
  const changeSettings = useChangeSettings();
  if (!checker || issues.length === 0) return null;
  // Fixes only while the text is the one checked (offsets hold); the note catches up after a pause.
  const current = text.normalize('NFC') === checked;
  const ignore = (word: string) => {
    const lower = word.normalize('NFC').toLowerCase();
    const list = settings.spellCheckIgnored;
    if (list.includes(lower) || lower.length > spellCheckWordMaxLength) return;
    void changeSettings({ spellCheckIgnored: [...list, lower].slice(-spellCheckIgnoredMax) });
  };
  return (
    <div id={id} className="field-spelling">
      <span>{t.spellSuggestions}:</span>
      {issues.map((issue) => (
        <span key={`${issue.from}-${issue.word}`} className="field-spelling-word" lang="vi">
          <span className={issue.kind === 'style' ? 'spelling-style' : 'spelling-error'}>{issue.word}</span>
          {!readOnly &&
            current &&
            checker.suggest(issue.word).slice(0, 3).map((suggestion) => (
              <button
                key={suggestion}
                type="button"
                className="button button-quiet"
                aria-label={t.spellReplace(issue.word, suggestion)}
                onClick={() => onFix(checked.slice(0, issue.from) + suggestion + checked.slice(issue.to))}
              >
                → {suggestion}
              </button>
            ))}
          {!readOnly && (
            <button type="button" className="button button-quiet" aria-label={`${t.spellIgnoreWord}: ${issue.word}`} onClick={() => ignore(issue.word)}>
              {t.spellIgnoreWord}
            </button>
          )}
        </span>
      ))}
    </div>
  );
}
