import type { ExportWarning } from '../../shared/model/export';
import type { Messages } from '../i18n/vi';

/** One checklist warning as a sentence in the interface language. */
export function wordExportWarning(t: Messages, warning: ExportWarning): string {
  const words = t.exportWarnings;
  switch (warning.code) {
    case 'missing-headline':
    case 'missing-sapo':
    case 'missing-byline':
    case 'missing-date':
      return words[warning.code];
    case 'figure-without-caption':
    case 'figure-without-alt':
    case 'figure-without-image':
      return words[warning.code](warning.figure);
    case 'placeholder':
      return words.placeholder(warning.text, t.exportWarningFields[warning.field]);
    case 'link-not-web':
      return words['link-not-web'](warning.text);
  }
}
