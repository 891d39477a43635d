import type { CliCommand, CommandOption } from './command';
import { globalOptions } from './parse-command-line';

function optionLines(options: Record<string, CommandOption>): string[] {
  const entries = Object.entries(options).map(([name, option]) => {
    const short = option.short === undefined ? '    ' : `-${option.short}, `;
    const value = option.type === 'string' ? ` ${option.valueName ?? 'VALUE'}` : '';
    return [`${short}--${name}${value}`, option.description] as const;
  });
  const width = Math.max(...entries.map(([flag]) => flag.length));
  return entries.map(([flag, description]) => `  ${flag.padEnd(width)}  ${description}`);
}

/** `newsdesk --help`: what Newsdesk is and every command with its summary. */
export function formatGeneralHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    'newsdesk: the Newsdesk newsroom editor on the command line.',
    '',
    'Usage: newsdesk <command> [options]',
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options for every command:',
    ...optionLines(globalOptions),
    '',
    'Run `newsdesk <command> --help` for the options of a command.',
    'Exit codes: 0 done, 1 failed (the message says what and where), 2 bad arguments.',
    '',
  ].join('\n');
}

/** `newsdesk <command> --help`. */
export function formatCommandHelp(command: CliCommand): string {
  const lines = [`Usage: ${command.usage}`, '', command.summary, ''];
  if (command.positionals.length > 0) {
    const width = Math.max(...command.positionals.map((positional) => positional.name.length));
    lines.push('Arguments:', ...command.positionals.map((positional) => `  ${positional.name.padEnd(width)}  ${positional.description}`), '');
  }
  lines.push('Options:', ...optionLines({ ...command.options, ...globalOptions }), '');
  return lines.join('\n');
}
