import type { ImportWarning } from '../../shared/model/import';

/** How the report presents a warning: something found for sure, a guess to check, or a note. */
export type WarningGroup = 'detected' | 'guessed' | 'note';

export const warningGroups: readonly WarningGroup[] = ['guessed', 'detected', 'note'];

export function warningGroupOf(warning: ImportWarning): WarningGroup {
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
