/** The shape of one command of `npm run cli -- <command>`; each lives in ./commands/<name>.ts. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './errors';

export interface CliContext {
  /** Folder relative paths are resolved against. */
  cwd: string;
  /** Normal output (results, help asked for). */
  out(line: string): void;
  /** What a long command is doing (stderr, so stdout stays the result). */
  progress?(line: string): void;
}

export interface CliCommand {
  name: string;
  /** Arguments as shown in the usage line, e.g. `<notice.json> -o <out.docx>`. */
  synopsis: string;
  /** One line, Vietnamese, for the command list. */
  summary: string;
  /** Longer Vietnamese help shown by `help <command>` (options, examples). */
  details: string;
  /** Runs the command. Bad input is thrown as a CliError; anything else is a bug. */
  run(args: string[], context: CliContext): Promise<void>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * util.parseArgs with its English errors turned into Vietnamese usage errors for `command`.
 * Positionals are allowed; the command checks how many it got.
 */
export function parseCommandArgs<O extends Options>(command: CliCommand, args: string[], options: O) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(command, [describeParseError(error)]);
  }
}

function describeParseError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  // Node names the option as "-o, --output <value>"; keep just the names.
  const token = (/'([^']+)'/.exec(message)?.[1] ?? '').replace(/\s*<value>$/, '');
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Tùy chọn không được hỗ trợ: ${token}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `Tùy chọn ${token} cần một giá trị`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `Tham số thừa: ${token}`;
    default:
      return `Tham số không hợp lệ: ${message}`;
  }
}
