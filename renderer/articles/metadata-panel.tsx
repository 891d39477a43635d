import { useId, type Ref } from 'react';
import { articleStatuses, type ArticleStatus } from '../../shared/model/article';
import { useT } from '../i18n/i18n';

/** The article's own fields beside the body, as the form holds them. */
export interface MetadataFields {
  headline: string;
  sourcePrefix: string;
  sapo: string;
  status: ArticleStatus;
}

interface MetadataPanelProps {
  fields: MetadataFields;
  readOnly: boolean;
  onChange: (changes: Partial<MetadataFields>) => void;
  onBlur: () => void;
  headlineRef?: Ref<HTMLTextAreaElement>;
}

/** Headline (Tiêu đề), source prefix (Nguồn), lead (Sapo) and status (Trạng thái). */
export function MetadataPanel({ fields, readOnly, onChange, onBlur, headlineRef }: MetadataPanelProps) {
  const t = useT();
  const headlineId = useId();
  const sourceId = useId();
  const sourceHintId = useId();
  const sapoId = useId();
  const statusId = useId();

  return (
    <div className="metadata-panel">
      <div className="field field-headline">
        <label htmlFor={headlineId} className="field-label">{t.headline}</label>
        <textarea
          id={headlineId}
          ref={headlineRef}
          className="text-input headline-input"
          rows={2}
          lang="vi"
          value={fields.headline}
          readOnly={readOnly}
          onChange={(event) => onChange({ headline: event.target.value })}
          onBlur={onBlur}
        />
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
            onChange={(event) => onChange({ sourcePrefix: event.target.value })}
            onBlur={onBlur}
          />
          <span id={sourceHintId} className="visually-hidden">{t.sourcePrefixHint}</span>
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
        </div>
      </div>
      <div className="field field-sapo">
        <label htmlFor={sapoId} className="field-label">{t.sapo}</label>
        <textarea
          id={sapoId}
          className="text-input sapo-input"
          rows={3}
          lang="vi"
          value={fields.sapo}
          readOnly={readOnly}
          onChange={(event) => onChange({ sapo: event.target.value })}
          onBlur={onBlur}
        />
      </div>
    </div>
  );
}
