/**
 * The command line: `npm run cli -- <command> …`. A small dispatcher over COMMANDS; to add a command, write
 * ./commands/<name>.ts exporting a CliCommand and add it to the table. Every user-facing failure is a CliError,
 * reported here in one place: Vietnamese, no stack trace, exit code 2.
 */
import type { CliCommand, CliContext } from './command';
import { checkCommand } from './commands/check';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { listCommand } from './commands/list';
import { newCommand } from './commands/new';
import { searchCommand } from './commands/search';
import { CliError, EXIT_FAILURE, EXIT_OK, UsageError } from './errors';
import { holdLifeline } from './lifeline';

const COMMANDS: readonly CliCommand[] = [listCommand, searchCommand, newCommand, exportCommand, importCommand, checkCommand];

const PROGRAM = 'npm run cli --';

function commandUsage(command: CliCommand): string {
  return `Cách dùng: ${PROGRAM} ${command.name} ${command.synopsis}`;
}

function programUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `Cách dùng: ${PROGRAM} <lệnh> [tham số]`,
    '',
    'Các lệnh:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    `  ${'help'.padEnd(width)}  Hướng dẫn chi tiết một lệnh: help <lệnh>`,
  ].join('\n');
}

function commandHelp(command: CliCommand): string {
  return `${commandUsage(command)}\n\n${command.summary}.\n\n${command.details}`;
}

function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}

async function run(argv: string[], context: CliContext): Promise<void> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError(undefined, ['Thiếu tên lệnh.']);
  if (name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0];
    if (topic === undefined) return context.out(programUsage());
    const command = findCommand(topic);
    if (!command) throw new UsageError(undefined, [`Không có lệnh «${topic}».`]);
    return context.out(commandHelp(command));
  }
  const command = findCommand(name);
  if (!command) throw new UsageError(undefined, [`Không có lệnh «${name}».`]);
  if (rest.includes('--help') || rest.includes('-h')) return context.out(commandHelp(command));
  await command.run(rest, context);
}

function report(error: CliError): void {
  const lines = [`Lỗi: ${error.message}`, ...error.problems.map((p) => `  ${p}`)];
  if (error instanceof UsageError) {
    lines.push('', error.command ? commandUsage(error.command) : programUsage());
    lines.push(error.command ? `Xem thêm: ${PROGRAM} help ${error.command.name}` : '');
  }
  process.stderr.write(`${lines.join('\n').trimEnd()}\n`);
}

/**
 * The folder relative paths are meant from. `npm run cli` runs the script in the package folder and keeps the
 * user's folder in INIT_CWD; only trust it when npm started this very script (a parent `npm test` leaks it too).
 */
function userFolder(): string {
  const { INIT_CWD, npm_lifecycle_event } = process.env;
  return npm_lifecycle_event === 'cli' && INIT_CWD ? INIT_CWD : process.cwd();
}

async function main(): Promise<number> {
  try {
    await run(process.argv.slice(2), { cwd: userFolder(), out: (line) => process.stdout.write(`${line}\n`), progress: (line) => process.stderr.write(`${line}\n`) });
    return EXIT_OK;
  } catch (error) {
    if (error instanceof CliError) {
      report(error);
      return error.exitCode;
    }
    // A bug, not bad input: still no stack trace for the user, but a message worth reporting.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`Lỗi không mong đợi: ${message}\nVui lòng báo lại lỗi này cho người phát triển.\n`);
    return EXIT_FAILURE;
  }
}

holdLifeline();
process.exitCode = await main();
