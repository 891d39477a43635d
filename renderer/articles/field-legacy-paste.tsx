import { useRef, useState, type ClipboardEvent } from 'react';
import { convertLegacy, legacyPasteSuggestion, type LegacyEncoding } from '../../shared/text/legacy-encodings';
import { useT } from '../i18n/i18n';

/** The text fields of the article form that offer "Chuyển sang Unicode" after a legacy-encoded paste. */
export type LegacyPasteField = 'headline' | 'sapo';

/** A legacy-encoded paste into a field: where its text is in the field's value, and what it seems to be. */
export interface FieldLegacyOffer {
  field: LegacyPasteField;
  from: number;
  to: number;
  encoding: LegacyEncoding;
  preview: string;
}

interface PastePending {
  field: LegacyPasteField;
  start: number;
  /** The length of the field's text that stays: before the paste, less the selection it replaced. */
  keptLength: number;
  encoding: LegacyEncoding;
  preview: string;
}

/** The value of `text` with its `from`–`to` part converted from `encoding` to Unicode. */
export function convertFieldRange(text: string, offer: Pick<FieldLegacyOffer, 'from' | 'to' | 'encoding'>): string {
  const from = Math.max(0, Math.min(offer.from, text.length));
  const to = Math.max(from, Math.min(offer.to, text.length));
  return text.slice(0, from) + convertLegacy(text.slice(from, to), offer.encoding).text + text.slice(to);
}

/**
 * The headline's and sapo's "Chuyển sang Unicode": a paste whose text looks TCVN3, VNI, VIQR or
 * misread UTF-8 goes in as it is and is offered for conversion, as in the body; any later edit of
 * that field withdraws the offer.
 */
export function useFieldLegacyPaste() {
  const [offer, setOffer] = useState<FieldLegacyOffer | null>(null);
  const pending = useRef<PastePending | null>(null);

  const onPaste = (field: LegacyPasteField, event: ClipboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    const suggestion = legacyPasteSuggestion(event.clipboardData.getData('text/plain'));
    const element = event.currentTarget;
    const start = element.selectionStart ?? element.value.length;
    const end = element.selectionEnd ?? start;
    pending.current = suggestion ? { field, start, keptLength: element.value.length - (end - start), encoding: suggestion.encoding, preview: suggestion.preview } : null;
  };

  /** Called with each new value of a field: the paste's own change makes the offer, any other withdraws it. */
  const afterChange = (field: LegacyPasteField | string, value: string) => {
    const paste = pending.current;
    pending.current = null;
    if (paste && paste.field === field) {
      const to = paste.start + Math.max(0, value.length - paste.keptLength);
      setOffer(to > paste.start ? { field: paste.field, from: paste.start, to, encoding: paste.encoding, preview: paste.preview } : null);
    } else if (offer?.field === field) setOffer(null);
  };

  return { offer, onPaste, afterChange, dismiss: () => setOffer(null) };
}

interface FieldLegacyPasteBarProps {
  offer: FieldLegacyOffer;
  onConvert: () => void;
  onDismiss: () => void;
}

/** The offer under the headline or sapo, worded as the body's. */
export function FieldLegacyPasteBar({ offer, onConvert, onDismiss }: FieldLegacyPasteBarProps) {
  const t = useT();
  return (
    <section className="legacy-paste-bar field-legacy-paste-bar" aria-label={t.legacyPasteBar}>
      <p className="legacy-paste-message" role="status">
        {t.legacyPasteDetected(t.legacyEncodingNames[offer.encoding])}
      </p>
      <p className="legacy-paste-preview">
        <span className="legacy-paste-preview-label">{t.legacyPastePreview}</span> <q lang="vi">{offer.preview}</q>
      </p>
      <div className="legacy-paste-actions">
        <button type="button" className="button button-primary" onMouseDown={(event) => event.preventDefault()} onClick={onConvert}>
          {t.convertToUnicode}
        </button>
        <button type="button" className="button" onMouseDown={(event) => event.preventDefault()} onClick={onDismiss}>
          {t.ignoreLegacyPaste}
        </button>
      </div>
    </section>
  );
}
