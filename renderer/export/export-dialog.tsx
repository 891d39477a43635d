import { useEffect, useId, useRef, useState } from 'react';
import { articleStatuses, type ArticleStatus } from '../../shared/model/article';
import type { ExportImageMode, ExportSelection } from '../../shared/model/export';
import type { Settings } from '../../shared/model/settings';
import { api } from '../api/client';
import { useT } from '../i18n/i18n';
import { ModalDialog } from '../shell/modal-dialog';
import { ExportChecklist, type PlanState } from './export-checklist';
import { ExportProgressView, type ConflictQuestion } from './export-progress-view';
import { ExportQueue, type ExportProgress, type ExportSummary } from './export-queue';
import { ExportSummaryView } from './export-summary';

type Choice = 'open' | 'checked' | 'status' | 'all';

type Phase =
  | { kind: 'setup' }
  | { kind: 'running'; progress: ExportProgress }
  | { kind: 'done'; summary: ExportSummary };

interface ExportDialogProps {
  /** The article open in the editor, if any. */
  openArticleId: number | null;
  /** The articles ticked in the list. */
  checkedIds: readonly number[];
  settings: Settings;
  onSettingsChange: (changes: Partial<Settings>) => void;
  /** Saves the open article's pending edits before exporting: false when they could not be saved. */
  prepare: () => Promise<boolean>;
  /** After a batch, with the ids of the articles written (now "Đã xuất"). */
  onExported: (writtenIds: number[]) => void;
  onClose: () => void;
}

function selectionOf(choice: Choice, status: ArticleStatus, openArticleId: number | null, checkedIds: readonly number[]): ExportSelection | null {
  if (choice === 'open') return openArticleId === null ? null : { ids: [openArticleId] };
  if (choice === 'checked') return checkedIds.length === 0 ? null : { ids: [...checkedIds] };
  if (choice === 'status') return { status };
  return { all: true };
}

/**
 * Xuất HTML: which articles (the open one, those ticked in the list, a status, all), how images
 * go with them and where to; the checklist before, a progress bar with Hủy during, and what was
 * written or failed after. Files that exist are replaced or renamed only as the user answers.
 */
export function ExportDialog({ openArticleId, checkedIds, settings, onSettingsChange, prepare, onExported, onClose }: ExportDialogProps) {
  const t = useT();
  const titleId = useId();
  const folderId = useId();
  const folderHintId = useId();
  const statusId = useId();
  const [choice, setChoice] = useState<Choice>(checkedIds.length > 0 ? 'checked' : openArticleId !== null ? 'open' : 'all');
  const [status, setStatus] = useState<ArticleStatus>('approved');
  const [images, setImages] = useState<ExportImageMode>('embed');
  const [includeComments, setIncludeComments] = useState(false);
  const [folder, setFolder] = useState(settings.exportFolder);
  const [plan, setPlan] = useState<PlanState>({ kind: 'none' });
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  const [startError, setStartError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [question, setQuestion] = useState<ConflictQuestion | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const queueRef = useRef<ExportQueue | null>(null);
  const pendingAnswer = useRef<((answer: null) => void) | null>(null);

  useEffect(() => {
    if (settings.exportFolder !== '') return;
    let current = true;
    api['export.defaults']({}).then(
      ({ folder: defaultFolder }) => {
        if (current) setFolder((typed) => (typed === '' ? defaultFolder : typed));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [settings.exportFolder]);

  const selection = selectionOf(choice, status, openArticleId, checkedIds);
  const selectionKey = JSON.stringify(selection);
  useEffect(() => {
    const chosen = JSON.parse(selectionKey) as ExportSelection | null;
    if (chosen === null) {
      setPlan({ kind: 'none' });
      return;
    }
    let current = true;
    setPlan({ kind: 'loading' });
    api['export.plan']({ selection: chosen }).then(
      ({ articles }) => current && setPlan({ kind: 'loaded', entries: articles }),
      (error: unknown) => current && setPlan({ kind: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [selectionKey]);

  const start = async () => {
    if (plan.kind !== 'loaded' || plan.entries.length === 0) return;
    const target = folder.trim();
    setStartError(null);
    setStarting(true);
    const saved = await prepare();
    setStarting(false);
    if (!saved) {
      setStartError(t.exportSaveBlocked);
      return;
    }
    if (target !== settings.exportFolder) onSettingsChange({ exportFolder: target });
    const queue = new ExportQueue({
      entries: plan.entries,
      options: { folder: target, images, originals: images === 'folder' && settings.exportOriginals, includeComments },
      exportArticle: (args) => api['export.article'](args),
      askConflict: (_entry, path) =>
        new Promise((resolve) => {
          pendingAnswer.current = resolve;
          setQuestion({
            path,
            answer: (answer) => {
              pendingAnswer.current = null;
              setQuestion(null);
              resolve(answer);
            },
          });
        }),
      onProgress: (progress) => setPhase({ kind: 'running', progress }),
    });
    queueRef.current = queue;
    setPhase({ kind: 'running', progress: { done: 0, total: plan.entries.length, current: null } });
    const summary = await queue.run();
    setPhase({ kind: 'done', summary });
    onExported(summary.written.map(({ entry }) => entry.id));
  };

  const cancel = () => {
    queueRef.current?.cancel();
    setCancelling(true);
    setQuestion(null);
    pendingAnswer.current?.(null);
    pendingAnswer.current = null;
  };

  const ready = plan.kind === 'loaded' && plan.entries.length > 0 && folder.trim() !== '' && !starting;

  return (
    <ModalDialog labelledBy={titleId} className="export-dialog" onCancel={phase.kind === 'running' ? cancel : onClose}>
      <h2 id={titleId} className="dialog-title">{t.exportHtml}</h2>
      {phase.kind === 'setup' && (
        <>
          <fieldset className="field export-choice">
            <legend className="field-label">{t.exportWhich}</legend>
            <ChoiceRadio value="open" choice={choice} label={t.exportOpenArticle} disabled={openArticleId === null} onChoose={setChoice} />
            <ChoiceRadio value="checked" choice={choice} label={t.exportChecked(checkedIds.length)} disabled={checkedIds.length === 0} onChoose={setChoice} />
            <div className="export-status-choice">
              <ChoiceRadio value="status" choice={choice} label={t.exportByStatus} onChoose={setChoice} />
              <label htmlFor={statusId} className="visually-hidden">{t.exportStatus}</label>
              <select
                id={statusId}
                className="select-input"
                value={status}
                disabled={choice !== 'status'}
                onChange={(event) => setStatus(event.target.value as ArticleStatus)}
              >
                {articleStatuses.map((value) => (
                  <option key={value} value={value}>{t.statuses[value]}</option>
                ))}
              </select>
            </div>
            <ChoiceRadio value="all" choice={choice} label={t.exportAll} onChoose={setChoice} />
          </fieldset>
          <fieldset className="field">
            <legend className="field-label">{t.exportImages}</legend>
            <label className="radio-label">
              <input type="radio" name="export-images" checked={images === 'embed'} onChange={() => setImages('embed')} />
              {t.exportEmbed}
            </label>
            <label className="radio-label">
              <input type="radio" name="export-images" checked={images === 'folder'} onChange={() => setImages('folder')} />
              {t.exportFolderMode}
            </label>
          </fieldset>
          <label className="checkbox-label">
            <input type="checkbox" checked={includeComments} onChange={(event) => setIncludeComments(event.target.checked)} />
            {t.exportIncludeComments}
          </label>
          <div className="field">
            <label htmlFor={folderId} className="field-label">{t.exportFolder}</label>
            <input
              id={folderId}
              type="text"
              className="text-input"
              spellCheck={false}
              value={folder}
              aria-describedby={folderHintId}
              onChange={(event) => setFolder(event.target.value)}
            />
            <p id={folderHintId} className="field-hint">{t.exportFolderHint}</p>
          </div>
          <ExportChecklist plan={plan} />
          {startError !== null && <p className="field-error" role="alert">{startError}</p>}
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onClose}>{t.close}</button>
            <button type="button" className="button button-primary" disabled={!ready} onClick={() => void start()}>
              {t.exportStart}
            </button>
          </div>
        </>
      )}
      {phase.kind === 'running' && (
        <>
          <ExportProgressView progress={phase.progress} cancelling={cancelling} question={question} />
          <div className="dialog-actions">
            <button type="button" className="button" autoFocus={question === null} disabled={cancelling} onClick={cancel}>
              {t.cancel}
            </button>
          </div>
        </>
      )}
      {phase.kind === 'done' && (
        <>
          <ExportSummaryView summary={phase.summary} />
          <div className="dialog-actions">
            <button type="button" className="button button-primary" autoFocus onClick={onClose}>{t.close}</button>
          </div>
        </>
      )}
    </ModalDialog>
  );
}

interface ChoiceRadioProps {
  value: Choice;
  choice: Choice;
  label: string;
  disabled?: boolean;
  onChoose: (choice: Choice) => void;
}

function ChoiceRadio({ value, choice, label, disabled = false, onChoose }: ChoiceRadioProps) {
  return (
    <label className="radio-label">
      <input type="radio" name="export-choice" value={value} checked={choice === value} disabled={disabled} onChange={() => onChoose(value)} />
      {label}
    </label>
  );
}
