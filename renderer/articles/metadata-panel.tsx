import { useId, useRef, type ChangeEvent, type KeyboardEvent, type Ref } from 'react';
import { articleStatuses, type ArticleStatus } from '../../shared/model/article';
import type { ArticleBylines } from '../../shared/model/byline';
import type { ToneStyle } from '../../shared/model/settings';
import { useT } from '../i18n/i18n';
import { DateFields, TagsField } from './article-metadata-fields';
import { BylineField } from './byline-field';
import { useSettings } from '../settings/settings-context';
import { LengthCounter } from './length-counter';
import { useCategories } from './use-categories';
import { FieldSpelling, useFieldSpelling } from './field-spelling';
import { isPasteInput, toneStyleAfterEdit, toneStyleOnLeave } from './tone-placement-field';
import type { RelatedArticle } from '../../shared/model/article-metadata';
import { RelatedField } from './related-field';
import type { FieldFindMarks } from '../editor/find-replace/find-replace-panel';
import { convertFieldRange, FieldLegacyPasteBar, useFieldLegacyPaste, type LegacyPasteField } from './field-legacy-paste';

/** The article's own fields beside the body, as the form holds them. */
export interface MetadataFields {
  headline: string;
  sourcePrefix: string;
  sapo: string;
  status: ArticleStatus;
  /** Tác giả: the authors in order, Nhóm PV, Theo <nguồn>. */
  bylines: ArticleBylines;
  /** Chuyên mục; null for none. */
  categoryId: number | null;
  /** Ngày, 'YYYY-MM-DD', or null for none. */
  date: string | null;
  /** Nơi viết; '' for none. */
  datelinePlace: string;
  /** Từ khóa, in order. */
  tags: string[];
  /** Tin khác: the related articles, in order. */
  related: RelatedArticle[];
}

/** The fields that hold Vietnamese text, written in the house tone style. */
type TextFieldName = 'headline' | 'sourcePrefix' | 'sapo';

interface MetadataPanelProps {
  /** The open article (never offered as its own related article). */
  articleId: number;
  fields: MetadataFields;
  readOnly: boolean;
  /** The house tone style: words are rewritten in it when completed, pasted, and when a field is left. */
  toneStyle: ToneStyle;
  /** `settled`: a choice made (an author picked, a role...), to be saved at once. */
  onChange: (changes: Partial<MetadataFields>, settled?: boolean) => void;
  onBlur: () => void;
  headlineRef?: Ref<HTMLTextAreaElement>;
  /** When the article was last exported ("Đã xuất"), or null. */
  exportedAt?: string | null;
  /** Tìm và thay thế: the headline and the sapo are marked when they hold a match, more when it is the current one. */
  findMarks?: FieldFindMarks | null;
  /**
   * Ctrl+Z (or Ctrl+Shift+Z, Ctrl+Y) in the headline or the sapo: true when the editor's history took
   * it, because the field's last change was a "Thay" or "Thay tất cả" made through the editor.
   */
  onFieldUndo?: (field: 'headline' | 'sapo', redo: boolean) => boolean;
}

/** Headline (Tiêu đề), source prefix (Nguồn), lead (Sapo), status (Trạng thái), date and place (Ngày, Nơi viết), bylines (Tác giả) and tags (Từ khóa). */
export function MetadataPanel({ articleId, fields, readOnly, toneStyle, onChange, onBlur, headlineRef, exportedAt = null, findMarks = null, onFieldUndo }: MetadataPanelProps) {
  const t = useT();
  const { headlineLimit, sapoLimit } = useSettings();
  const editedFields = useRef(new Set<TextFieldName>());
  const headlineId = useId();
  const headlineCounterId = useId();
  const sapoCounterId = useId();
  const sourceId = useId();
  const sourceHintId = useId();
  const sapoId = useId();
  const statusId = useId();
  const categoryId = useId();
  const { categories, reload: reloadCategories } = useCategories();
  const headlineSpelling = useFieldSpelling(fields.headline, toneStyle);
  const headlineSpellingId = useId();
  const sapoSpelling = useFieldSpelling(fields.sapo, toneStyle);
  const sapoSpellingId = useId();
  const legacyPaste = useFieldLegacyPaste();
  const legacyOffer = (field: LegacyPasteField) =>
    legacyPaste.offer?.field === field && (
      <FieldLegacyPasteBar
        offer={legacyPaste.offer}
        onConvert={() => {
          const offer = legacyPaste.offer!;
          legacyPaste.dismiss();
          onChange({ [field]: convertFieldRange(fields[field], offer) });
        }}
        onDismiss={legacyPaste.dismiss}
      />
    );

  const changeText = (name: TextFieldName, event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    const element = event.target;
    // The headline is one line: a pasted line break becomes a space.
    if (name === 'headline' && /[\r\n]/.test(element.value)) oneLine(element);
    const input = event.nativeEvent as Partial<InputEvent>;
    const length = element.value.length;
    const current = { value: element.value, selectionStart: element.selectionStart ?? length, selectionEnd: element.selectionEnd ?? length };
    // Never under an input method's composition: it would lose track of the word it is composing.
    const rewritten = input.isComposing ? null : toneStyleAfterEdit(fields[name], current, toneStyle, isPasteInput(input.inputType ?? ''));
    if (rewritten) {
      // Written to the element first, so that React finds its value already right and leaves the caret alone.
      element.value = rewritten.value;
      element.setSelectionRange(rewritten.selectionStart, rewritten.selectionEnd, element.selectionDirection ?? undefined);
    }
    editedFields.current.add(name);
    const changes: Partial<MetadataFields> = {};
    changes[name] = rewritten?.value ?? current.value;
    legacyPaste.afterChange(name, changes[name]);
    onChange(changes);
  };

  // Leaving a field completes its last word: the whole field is put in the house style, if it was edited.
  const leaveText = (name: TextFieldName) => {
    if (editedFields.current.delete(name)) {
      const rewritten = toneStyleOnLeave(fields[name], toneStyle);
      if (rewritten !== null) {
        const changes: Partial<MetadataFields> = {};
        changes[name] = rewritten;
        onChange(changes);
      }
    }
    onBlur();
  };

  const undoKey = (name: 'headline' | 'sapo', event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    const redo = (key === 'z' && event.shiftKey) || key === 'y';
    if ((key === 'z' || redo) && onFieldUndo?.(name, redo)) event.preventDefault();
  };

  const findClass = (name: 'headline' | 'sapo') => {
    const marks = findMarks?.[name];
    if (!marks || marks.count === 0) return '';
    return marks.current ? ' find-field-match find-field-current' : ' find-field-match';
  };

  return (
    <div className="metadata-panel">
      <div className="field field-headline">
        <label htmlFor={headlineId} className="field-label">{t.headline}</label>
        <textarea
          id={headlineId}
          ref={headlineRef}
          className={`text-input headline-input${findClass('headline')}`}
          rows={2}
          lang="vi"
          aria-describedby={headlineSpelling.issues.length > 0 ? `${headlineCounterId} ${headlineSpellingId}` : headlineCounterId}
          aria-invalid={headlineSpelling.issues.length > 0 ? 'spelling' : undefined}
          value={fields.headline}
          readOnly={readOnly}
          onChange={(event) => changeText('headline', event)}
          onPaste={(event) => legacyPaste.onPaste('headline', event)}
          onKeyDown={(event) => {
            // The headline is one line: Enter adds no line break.
            if (event.key === 'Enter') event.preventDefault();
            undoKey('headline', event);
          }}
          onBlur={() => leaveText('headline')}
        />
        <LengthCounter id={headlineCounterId} text={fields.headline} limit={headlineLimit} />
        <FieldSpelling id={headlineSpellingId} text={fields.headline} {...headlineSpelling} readOnly={readOnly} onFix={(headline) => onChange({ headline })} />
        {legacyOffer('headline')}
      </div>
      <div className="field-row">
        <div className="field field-source">
          <label htmlFor={sourceId} className="field-label">{t.sourcePrefix}</label>
          <input
            id={sourceId}
            className="text-input"
            type="text"
            lang="vi"
            value={fields.sourcePrefix}
            placeholder={t.sourcePrefixHint}
            aria-describedby={sourceHintId}
            readOnly={readOnly}
            onChange={(event) => changeText('sourcePrefix', event)}
            onBlur={() => leaveText('sourcePrefix')}
          />
          <span id={sourceHintId} className="visually-hidden">{t.sourcePrefixHint}</span>
        </div>
        <div className="field field-category">
          <label htmlFor={categoryId} className="field-label">{t.category}</label>
          <select
            id={categoryId}
            className="select-input"
            value={fields.categoryId === null ? '' : String(fields.categoryId)}
            disabled={readOnly}
            onFocus={() => void reloadCategories()}
            onChange={(event) => onChange({ categoryId: event.target.value === '' ? null : Number(event.target.value) })}
          >
            <option value="">{t.noCategory}</option>
            {categories.map((category) => (
              <option key={category.id} value={String(category.id)}>{category.name}</option>
            ))}
            {fields.categoryId !== null && !categories.some((category) => category.id === fields.categoryId) && (
              <option value={String(fields.categoryId)}>{t.category} #{fields.categoryId}</option>
            )}
          </select>
        </div>
        <div className="field field-status">
          <label htmlFor={statusId} className="field-label">{t.status}</label>
          <select
            id={statusId}
            className="select-input"
            value={fields.status}
            disabled={readOnly}
            onChange={(event) => onChange({ status: event.target.value as ArticleStatus })}
          >
            {articleStatuses.map((status) => (
              <option key={status} value={status}>{t.statuses[status]}</option>
            ))}
          </select>
          {fields.status === 'exported' && exportedAt && <p className="field-hint exported-at">{t.exportedAtTime(t.dateTime(exportedAt))}</p>}
        </div>
      </div>
      <div className="field field-sapo">
        <label htmlFor={sapoId} className="field-label">{t.sapo}</label>
        <textarea
          id={sapoId}
          className={`text-input sapo-input${findClass('sapo')}`}
          rows={3}
          lang="vi"
          aria-describedby={sapoSpelling.issues.length > 0 ? `${sapoCounterId} ${sapoSpellingId}` : sapoCounterId}
          aria-invalid={sapoSpelling.issues.length > 0 ? 'spelling' : undefined}
          value={fields.sapo}
          readOnly={readOnly}
          onChange={(event) => changeText('sapo', event)}
          onKeyDown={(event) => undoKey('sapo', event)}
          onPaste={(event) => legacyPaste.onPaste('sapo', event)}
          onBlur={() => leaveText('sapo')}
        />
        <LengthCounter id={sapoCounterId} text={fields.sapo} limit={sapoLimit} />
        <FieldSpelling id={sapoSpellingId} text={fields.sapo} {...sapoSpelling} readOnly={readOnly} onFix={(sapo) => onChange({ sapo })} />
        {legacyOffer('sapo')}
      </div>
      <DateFields date={fields.date} datelinePlace={fields.datelinePlace} readOnly={readOnly} onChange={onChange} onBlur={onBlur} />
      <BylineField bylines={fields.bylines} readOnly={readOnly} onChange={(bylines, settled) => onChange({ bylines }, settled)} onBlur={onBlur} />
      <TagsField tags={fields.tags} readOnly={readOnly} onChange={(tags) => onChange({ tags }, true)} onBlur={onBlur} />
      <RelatedField articleId={articleId} related={fields.related} readOnly={readOnly} onChange={(related) => onChange({ related }, true)} />
    </div>
  );
}

/** Puts a field's text on one line, each run of line breaks becoming one space, keeping the caret where it was. */
function oneLine(element: HTMLTextAreaElement | HTMLInputElement): void {
  const caret = element.selectionStart ?? element.value.length;
  const before = element.value.slice(0, caret).replace(/[\r\n]+/g, ' ');
  element.value = before + element.value.slice(caret).replace(/[\r\n]+/g, ' ');
  element.setSelectionRange(before.length, before.length);
}
