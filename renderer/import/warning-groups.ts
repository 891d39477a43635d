import type { ImportWarning } from '../../shared/model/import';

/** How the report presents a warning: text of the file missing from the article, a guess to check, something found for sure, or a note. */
export type WarningGroup = 'missing' | 'detected' | 'guessed' | 'note';

export const warningGroups: readonly WarningGroup[] = ['missing', 'guessed', 'detected', 'note'];

export function warningGroupOf(warning: ImportWarning): WarningGroup {
  if (warning.code === 'text-left-out') return 'missing';
  if (warning.code.endsWith('-guessed')) return 'guessed';
  if (warning.code.endsWith('-detected')) return 'detected';
  return 'note';
}

/** The warnings sorted into groups, in the order `warningGroups` gives, each keeping the import's order. */
export function groupWarnings(warnings: readonly ImportWarning[]): Array<{ group: WarningGroup; warnings: ImportWarning[] }> {
  return warningGroups
    .map((group) => ({ group, warnings: warnings.filter((warning) => warningGroupOf(warning) === group) }))
    .filter((entry) => entry.warnings.length > 0);
}
