import type { CommentFlag } from '../../shared/model/comment';
import type { Messages } from '../i18n/vi';

/** Why a comment is flagged, in the interface language: Từ cấm: “…”, Từ cần xem xét: “…”, Có liên kết, N lượt báo cáo. */
export function flagReason(flag: CommentFlag, reports: number, t: Messages): string {
  switch (flag.kind) {
    case 'banned-word':
      return t.commentFlagBanned(flag.entry ?? flag.match ?? '', flag.match ?? '');
    case 'suspect-word':
      return t.commentFlagSuspect(flag.entry ?? flag.match ?? '', flag.match ?? '');
    case 'link':
      return t.commentFlagLink(flag.match ?? '');
    case 'reported':
      return t.commentFlagReported(reports);
  }
}

/** Each reason once (the same entry matched twice is one reason), reports included even without a flag for them. */
export function flagReasons(flags: readonly CommentFlag[], reports: number, t: Messages): string[] {
  const reasons = flags.map((flag) => flagReason(flag, reports, t));
  if (reports > 0 && !flags.some((flag) => flag.kind === 'reported')) reasons.push(t.commentFlagReported(reports));
  return [...new Set(reasons)];
}
