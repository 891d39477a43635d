import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type CliCommand, type CommandOption } from './command';

/** Options every command accepts. */
export const globalOptions = {
  db: {
    type: 'string',
    valueName: 'FILE',
    description: "The database file (default: env NEWSDESK_DB, else the desktop app's database).",
  },
  help: { type: 'boolean', short: 'h', description: 'Show this help.' },
} as const satisfies Record<string, CommandOption>;

/** Splits `argv` into the command name (the first argument that is not a flag or a flag's value) and the rest. */
export function splitCommandName(argv: readonly string[]): { commandName: string | null; rest: string[] } {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--') break;
    if (argument === '--db') {
      index += 1;
      continue;
    }
    if (argument.startsWith('-')) continue;
    return { commandName: argument, rest: [...argv.slice(0, index), ...argv.slice(index + 1)] };
  }
  return { commandName: null, rest: [...argv] };
}

type ParsedValues = Record<string, string | string[] | boolean | undefined>;

function parseArgsOptions(options: Record<string, CommandOption>): NonNullable<ParseArgsConfig['options']> {
  return Object.fromEntries(
    Object.entries(options).map(([name, option]) => [
      name,
      {
        type: option.type,
        ...(option.short === undefined ? {} : { short: option.short }),
        ...(option.multiple ? { multiple: true } : {}),
      },
    ]),
  );
}

function flagOf(message: string): string | null {
  return /'(?:-\w, )?(--?[^' ]+)/.exec(message)?.[1] ?? null;
}

function usageErrorFor(commandName: string, error: unknown): UsageError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = flagOf(message);
  const hint = `See \`newsdesk ${commandName} --help\`.`;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`Unknown option ${flag ?? message} for \`newsdesk ${commandName}\`. ${hint}`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return new UsageError(
        /argument missing|ambiguous/.test(message)
          ? `The option ${flag ?? ''} needs a value (write it after the flag, or as ${flag ?? '--flag'}=VALUE). ${hint}`
          : `The option ${flag ?? ''} does not take a value. ${hint}`,
      );
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`\`newsdesk ${commandName}\` takes no argument like ${/'([^']+)'/.exec(message)?.[1] ?? message}. ${hint}`);
    default:
      return new UsageError(`${message} ${hint}`);
  }
}

/**
 * Parses the arguments after the command name with the command's options and the global ones.
 * Unknown flags, missing values and wrong positionals are UsageErrors naming the culprit.
 */
export function parseCommandArguments(command: CliCommand, argv: readonly string[]): { values: ParsedValues; positionals: string[] } {
  let parsed: { values: ParsedValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: parseArgsOptions({ ...command.options, ...globalOptions }),
      allowPositionals: command.positionals.length > 0,
      strict: true,
    }) as { values: ParsedValues; positionals: string[] };
  } catch (error) {
    throw usageErrorFor(command.name, error);
  }
  if (parsed.values.help === true) return parsed;

  const hint = `See \`newsdesk ${command.name} --help\`.`;
  const variadic = command.positionals.at(-1)?.variadic === true;
  if (!variadic && parsed.positionals.length > command.positionals.length) {
    const extra = parsed.positionals[command.positionals.length]!;
    throw new UsageError(`\`newsdesk ${command.name}\` does not take the extra argument "${extra}". ${hint}`);
  }
  command.positionals.forEach((positional, index) => {
    if (positional.required && parsed.positionals[index] === undefined) {
      throw new UsageError(`\`newsdesk ${command.name}\` needs ${positional.name}. ${hint}`);
    }
  });
  return parsed;
}
