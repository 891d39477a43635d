import { useEffect, useId, useState } from 'react';
import type { Author } from '../../shared/model/author';
import { bylineLine, type ArticleBylines, type BylinesField } from '../../shared/model/byline';
import type { Revision, RevisionSummary } from '../../shared/model/revision';
import { type BlockDiff, compareVersions, type ComparableVersion, type DiffPart, type VersionDiff } from '../../shared/text/version-diff';
import { api } from '../api/client';
import { mediaUrl } from '../api/media-url';
import { useT } from '../i18n/i18n';
import { describeError } from '../shell/describe-error';
import { ModalDialog } from '../shell/modal-dialog';

/** The article as the editor holds it now, as the comparison reads it. */
export interface CurrentText {
  headline: string;
  sourcePrefix: string;
  sapo: string;
  body: ComparableVersion['body'];
  bylines: ArticleBylines;
}

interface VersionCompareDialogProps {
  revision: RevisionSummary;
  readCurrent: () => CurrentText;
  /** Restoring is offered unless the version is the article's current one. */
  canRestore: boolean;
  onRestore: (revision: RevisionSummary) => void;
  onClose: () => void;
}

/** A version's bylines as printed, their authors named from the directory; null when the version kept none. */
function printedBylines(bylines: BylinesField | null, directory: readonly Author[]): string | null {
  if (bylines === null) return null;
  const named = bylines.authors.map(({ authorId, role }) => {
    const author = directory.find((candidate) => candidate.id === authorId);
    return { name: author?.name ?? `#${authorId}`, penName: author?.penName ?? null, role };
  });
  return bylineLine({ authors: named, team: bylines.team, source: bylines.source });
}

function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.change === 'added' ? <ins key={index}>{part.text}</ins> : part.change === 'removed' ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}

/** Which image a figure shows: a thumbnail and the start of its hash, marked as added or removed when it changed. */
function FigureImage({ part }: { part: DiffPart }) {
  const t = useT();
  const content = (
    <>
      <img className="version-figure-thumbnail" src={mediaUrl(part.text)} alt="" />
      {t.compareImage(part.text.slice(0, 12))}
    </>
  );
  if (part.change === 'added') return <ins>{content}</ins>;
  if (part.change === 'removed') return <del>{content}</del>;
  return <span>{content}</span>;
}

function BodyBlock({ block }: { block: BlockDiff }) {
  const t = useT();
  const className = `version-block version-block-${block.change}`;
  if (block.kind === 'figure') {
    const { image, caption, credit } = block.figure;
    return (
      <figure className={`${className} version-figure`}>
        <span className="version-figure-image">{image.length > 0 ? image.map((part) => <FigureImage key={`${part.change}-${part.text}`} part={part} />) : t.compareNoImage}</span>
        <figcaption>
          <DiffText parts={caption} />
          {credit.length > 0 && (
            <>
              {' '}
              <span className="version-figure-credit">{t.compareCredit}<DiffText parts={credit} /></span>
            </>
          )}
        </figcaption>
      </figure>
    );
  }
  return (
    <p className={`${className} version-${block.block}`}>
      <DiffText parts={block.parts} />
    </p>
  );
}

/**
 * "Xem": one version read-only, with what differs from the current text marked word by word —
 * `<ins>` what the current text added since, `<del>` what it no longer has — in the headline,
 * source, sapo, byline and body (figures too: which image, caption, credit).
 */
export function VersionCompareDialog({ revision, readCurrent, canRestore, onRestore, onClose }: VersionCompareDialogProps) {
  const t = useT();
  const titleId = useId();
  const [state, setState] = useState<{ kind: 'loading' } | { kind: 'loaded'; version: Revision; diff: VersionDiff } | { kind: 'failed'; error: unknown }>({ kind: 'loading' });

  useEffect(() => {
    let current = true;
    Promise.all([api['revisions.get']({ id: revision.id }), api['authors.list']({ all: true })]).then(
      ([version, directory]) => {
        if (!current) return;
        const now = readCurrent();
        const currentByline = bylineLine(now.bylines);
        const older: ComparableVersion = {
          headline: version.headline,
          sourcePrefix: version.sourcePrefix,
          sapo: version.sapo,
          body: version.body,
          // A version from before bylines were kept leaves them as they are: shown unchanged.
          byline: printedBylines(version.bylines, directory) ?? currentByline,
        };
        const diff = compareVersions(older, { headline: now.headline, sourcePrefix: now.sourcePrefix, sapo: now.sapo, body: now.body, byline: currentByline });
        setState({ kind: 'loaded', version, diff });
      },
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error });
      },
    );
    return () => {
      current = false;
    };
  }, [revision.id, readCurrent]);

  return (
    <ModalDialog labelledBy={titleId} onCancel={onClose} className="version-compare-dialog">
      <h2 id={titleId} className="dialog-title">{t.compareTitle(revision.number, t.dateTime(revision.updatedAt))}</h2>
      {state.kind === 'loading' && <p className="panel-note">{t.loading}</p>}
      {state.kind === 'failed' && <p className="field-error" role="alert">{t.compareLoadFailed(describeError(state.error, t))}</p>}
      {state.kind === 'loaded' && (
        <div className="version-compare">
          <p className="field-hint">{state.diff.changed ? t.compareLegend : t.compareNoChanges}</p>
          <dl className="version-fields">
            <dt>{t.headline}</dt>
            <dd className="version-headline" lang="vi"><DiffText parts={state.diff.headline} /></dd>
            <dt>{t.sourcePrefix}</dt>
            <dd lang="vi"><DiffText parts={state.diff.sourcePrefix} /></dd>
            <dt>{t.sapo}</dt>
            <dd className="version-sapo" lang="vi"><DiffText parts={state.diff.sapo} /></dd>
            <dt>{t.bylines}</dt>
            <dd lang="vi"><DiffText parts={state.diff.byline} /></dd>
          </dl>
          <section className="version-body" aria-label={t.body} lang="vi">
            {state.diff.body.map((block, index) => (
              <BodyBlock key={index} block={block} />
            ))}
          </section>
        </div>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onClose} autoFocus>{t.close}</button>
        {canRestore && (
          <button type="button" className="button button-primary" disabled={state.kind !== 'loaded'} onClick={() => onRestore(revision)}>
            {t.restoreRevisionNamed(revision.number)}
          </button>
        )}
      </div>
    </ModalDialog>
  );
}
