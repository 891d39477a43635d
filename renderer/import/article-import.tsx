import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { api, onEvent } from '../api/client';
import { useT } from '../i18n/i18n';
import type { ImportOutcome } from '../../shared/import/import-outcome';
import { allImportExtensions } from '../../shared/model/import';
import { importProgressOfJob } from './import-job-progress';
import { ImportQueue, type ImportProgress } from './import-queue';
import { ImportReportDialog } from './import-report-dialog';
import { DuplicateImportDialog, type DuplicateImportChoice } from './duplicate-import-dialog';
import type { ImportDuplicate } from '../../shared/model/import';
import { useWindowFileDrop } from './use-window-file-drop';

/** The file types the picker offers; the backend tells the format by the same extensions. */
export const importAccept = allImportExtensions.map((extension) => `.${extension}`).join(',');

/** What the rest of the app may ask of the importer. */
export interface ArticleImportHandle {
  /**
   * Opens the file picker (the list's Nhập button). Only from a click in the page: in the desktop
   * edition, File › Nhập opens a native dialog in the main process, which sends 'import.completed'.
   */
  openPicker: () => void;
}

interface ArticleImportProps {
  ref?: Ref<ArticleImportHandle>;
  /** Called after every import run, when articles may have been created. */
  onImported: (outcomes: ImportOutcome[]) => void;
  /** "Mở bài" in the report. */
  onOpenArticle: (articleId: number) => void;
}

/**
 * Nhập: the hidden file picker, files dropped anywhere on the window, the progress line
 * ("Đang nhập 2/5…") and the report dialog. Each file goes to the backend in its own call.
 * The report also shows the files imported through File › Nhập in the desktop edition.
 */
export function ArticleImport({ ref, onImported, onOpenArticle }: ArticleImportProps) {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [report, setReport] = useState<ImportOutcome[] | null>(null);
  const [question, setQuestion] = useState<{ duplicate: ImportDuplicate; answer: (choice: DuplicateImportChoice) => void } | null>(null);
  const latest = useRef({ onImported, onOpenArticle });
  latest.current = { onImported, onOpenArticle };
  const [queue] = useState(
    () =>
      new ImportQueue({
        // A file that is already an article is imported only if the user says so ("Vẫn nhập").
        send: async (file) => {
          const result = await api['import.files']({ files: [file], ifDuplicate: 'ask' });
          const duplicate = result.duplicates?.[0];
          if (!duplicate) return result;
          const choice = await new Promise<DuplicateImportChoice>((answer) => setQuestion({ duplicate, answer }));
          setQuestion(null);
          if (choice === 'import') return api['import.files']({ files: [file], ifDuplicate: 'import' });
          if (choice === 'open') latest.current.onOpenArticle(duplicate.articleId);
          return { articles: [] };
        },
        onProgress: setProgress,
        onFinished: (outcomes) => {
          // A file left out at "Bài này đã có" (opened or skipped) has nothing to report.
          const reported = outcomes.filter((outcome) => outcome.kind !== 'imported' || outcome.articles.length > 0);
          if (reported.length > 0) setReport(reported);
          latest.current.onImported(outcomes);
        },
      }),
  );

  useImperativeHandle(ref, () => ({ openPicker: () => inputRef.current?.click() }), []);

  useEffect(() => {
    const stopProgress = onEvent('job.progress', (job) => {
      const jobProgress = importProgressOfJob(job);
      if (jobProgress !== undefined) setProgress(jobProgress);
    });
    const stopCompleted = onEvent('import.completed', ({ outcomes }) => {
      setProgress(null);
      setReport(outcomes);
      latest.current.onImported(outcomes);
    });
    return () => {
      stopProgress();
      stopCompleted();
    };
  }, []);
  const { dragging } = useWindowFileDrop((files) => queue.add(files));

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={importAccept}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t.importChooseFiles}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          // Cleared, so that choosing the same file again imports it again.
          event.target.value = '';
          queue.add(files);
        }}
      />
      <p className="import-progress" role="status">
        {progress === null ? '' : t.importProgress(progress.current, progress.total)}
      </p>
      {dragging && (
        <div className="import-drop-overlay">
          <p className="import-drop-message">{t.importDropHint}</p>
        </div>
      )}
      {question !== null && <DuplicateImportDialog duplicate={question.duplicate} onChoose={question.answer} />}
      {report !== null && (
        <ImportReportDialog
          outcomes={report}
          onOpen={(articleId) => {
            setReport(null);
            onOpenArticle(articleId);
          }}
          onClose={() => setReport(null)}
        />
      )}
    </>
  );
}
