/**
 * Errors the command line reports to the user. main.ts catches them and prints them in one place, in Vietnamese,
 * without a stack trace, then exits with `exitCode` (2 for bad input).
 */
import type { CliCommand } from './command';

export const EXIT_OK = 0;
/** A bug or an unexpected system failure. */
export const EXIT_FAILURE = 1;
/** Bad input: wrong arguments, an unreadable or invalid file, an unwritable output. */
export const EXIT_BAD_INPUT = 2;

export class CliError extends Error {
  constructor(
    /** The headline, e.g. "Không xuất được thông báo". */
    message: string,
    /** Each problem on its own line, e.g. `body[3].leadAgencies[0].name: Tên cơ quan không được để trống`. */
    readonly problems: readonly string[] = [],
    readonly exitCode: number = EXIT_BAD_INPUT,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** Wrong or missing arguments: reported with the usage of the command (or of the whole program). */
export class UsageError extends CliError {
  constructor(
    readonly command: CliCommand | undefined,
    problems: readonly string[],
  ) {
    super('Cách gọi không đúng', problems);
    this.name = 'UsageError';
  }
}
