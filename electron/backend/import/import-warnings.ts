import type { ImportWarning, ImportWarningCode } from '../../../shared/model/import';

const subjectLength = 120;

/**
 * A warning with its stable code and what was detected or guessed, shortened; no words: the
 * interface and the CLI word the code in their language.
 */
export function importWarning(code: ImportWarningCode, subject = ''): ImportWarning {
  if (subject === '') return { code };
  return { code, subject: subject.length > subjectLength ? `${subject.slice(0, subjectLength - 1)}…` : subject };
}
