import { describe, expect, it } from 'vitest';
import { defineCommand, UsageError } from '../../../../electron/cli/command';
import { parseCommandArguments, splitCommandName } from '../../../../electron/cli/parse-command-line';

const importLike = defineCommand({
  name: 'import',
  summary: 'Import files.',
  usage: 'newsdesk import FILE... [--json]',
  options: { json: { type: 'boolean', description: 'JSON.' }, tag: { type: 'string', multiple: true, description: 'Tags.' } },
  positionals: [{ name: 'FILE', description: 'Files.', required: true, variadic: true }],
  run: async () => {},
});

const noPositionals = defineCommand({
  name: 'list',
  summary: 'List.',
  usage: 'newsdesk list',
  options: { status: { type: 'string', description: 'Status.' } },
  run: async () => {},
});

describe('splitCommandName', () => {
  it.each([
    [['list', '--json'], 'list', ['--json']],
    [['--db', 'x.sqlite', 'list'], 'list', ['--db', 'x.sqlite']],
    [['--db=x.sqlite', 'list'], 'list', ['--db=x.sqlite']],
    [['--help'], null, ['--help']],
    [[], null, []],
    [['--', 'list'], null, ['--', 'list']],
  ] as const)('%j gives %s', (argv, commandName, rest) => {
    expect(splitCommandName(argv)).toEqual({ commandName, rest });
  });
});

describe('parseCommandArguments', () => {
  it('parses options, repeated options, positionals and the global --db', () => {
    const parsed = parseCommandArguments(importLike, ['a.docx', '--tag', 'x', '--json', 'b.txt', '--tag', 'y', '--db', 'n.sqlite']);
    expect(parsed.positionals).toEqual(['a.docx', 'b.txt']);
    expect(parsed.values).toMatchObject({ json: true, tag: ['x', 'y'], db: 'n.sqlite' });
  });

  it('needs a required positional', () => {
    expect(() => parseCommandArguments(importLike, ['--json'])).toThrow(new UsageError('`newsdesk import` needs FILE. See `newsdesk import --help`.'));
  });

  it('lets --help through without the required positionals', () => {
    expect(parseCommandArguments(importLike, ['--help']).values.help).toBe(true);
  });

  it('names an unknown flag, a missing value and an unexpected argument', () => {
    expect(() => parseCommandArguments(noPositionals, ['--colour'])).toThrow(/Unknown option --colour for `newsdesk list`/);
    expect(() => parseCommandArguments(noPositionals, ['--status'])).toThrow(/The option --status needs a value/);
    expect(() => parseCommandArguments(noPositionals, ['--json=1'])).toThrow(/Unknown option --json/);
    expect(() => parseCommandArguments(noPositionals, ['stray'])).toThrow(/takes no argument like stray/);
    expect(() => parseCommandArguments(noPositionals, ['--help=yes'])).toThrow(/The option --help does not take a value/);
  });
});
