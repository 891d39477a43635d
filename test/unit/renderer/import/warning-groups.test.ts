import { describe, expect, it } from 'vitest';
import type { ImportWarning } from '../../../../shared/model/import';
import { groupWarnings, warningGroupOf } from '../../../../renderer/import/warning-groups';

const warning = (code: ImportWarning['code']): ImportWarning => ({ code });

describe('warning groups', () => {
  it.each([
    ['headline-guessed', 'guessed'],
    ['byline-guessed', 'guessed'],
    ['caption-guessed', 'guessed'],
    ['dateline-detected', 'detected'],
    ['source-prefix-detected', 'detected'],
    ['chrome-removed', 'note'],
    ['legacy-encoding-converted', 'note'],
    ['headline-missing', 'note'],
    ['text-left-out', 'missing'],
  ] as const)('puts %s under %s', (code, group) => {
    expect(warningGroupOf(warning(code))).toBe(group);
  });

  it('lists text left out first, then guesses, keeps the order inside a group and leaves out empty groups', () => {
    const grouped = groupWarnings([
      warning('chrome-removed'), warning('dateline-detected'), warning('byline-guessed'), warning('headline-guessed'), warning('text-left-out'),
    ]);
    expect(grouped.map(({ group, warnings }) => [group, warnings.map((entry) => entry.code)])).toEqual([
      ['missing', ['text-left-out']],
      ['guessed', ['byline-guessed', 'headline-guessed']],
      ['detected', ['dateline-detected']],
      ['note', ['chrome-removed']],
    ]);
    expect(groupWarnings([])).toEqual([]);
  });
});
