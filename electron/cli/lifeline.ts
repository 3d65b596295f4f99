/**
 * The command line ends with whoever started it. `npm run cli` runs it as npm → sh → node: npm forwards SIGINT and
 * SIGTERM only to the shell, which dies without passing them on, and SIGHUP not at all, so the command line would
 * go on writing as an orphan. Here a signal received, or the loss of the processes that started it, stops what
 * it started (LibreOffice) and exits with the signal's code; nothing is written afterwards.
 */
import { readFileSync } from 'node:fs';
import { stopRunningConversions } from '../services/pdf/convert-docx';

const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;
type EndingSignal = keyof typeof SIGNALS;

/** How often the processes that started this one are looked at. */
const WATCH_INTERVAL_MS = 200;

/** A process's parent, from /proc (Linux); undefined when it is gone or /proc is not there. */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: the fields after the last ')' are plain.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

function startedByNpmScript(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').includes('npm_lifecycle_event=cli');
  } catch {
    return false;
  }
}

/**
 * The processes `npm run cli` started this one through, each with its parent, up to npm itself (where /proc
 * tells; elsewhere just this process and its parent).
 */
function ancestry(): { pid: number; parent: number | undefined }[] {
  const chain = [{ pid: process.pid, parent: process.ppid }];
  for (let pid = process.ppid; pid > 1 && chain.length < 8; ) {
    const parent = parentOf(pid);
    if (parent === undefined) break;
    chain.push({ pid, parent });
    // npm's own process does not carry the variable it gives its scripts: it is the last one watched.
    if (!startedByNpmScript(pid)) break;
    pid = parent;
  }
  return chain;
}

function end(signal: EndingSignal): never {
  stopRunningConversions();
  process.exit(128 + SIGNALS[signal]);
}

/** Installs the signal handlers and the watch on the starting processes (the watch never keeps the process alive). */
export function holdLifeline(): void {
  for (const signal of Object.keys(SIGNALS) as EndingSignal[]) process.on(signal, () => end(signal));
  // Run directly (not by npm), the caller decides what becomes of it (nohup, a service manager): signals only.
  if (process.env.npm_lifecycle_event !== 'cli') return;
  const chain = ancestry();
  const lost = () =>
    process.ppid !== chain[0]?.parent || chain.slice(1).some(({ pid, parent }) => parentOf(pid) !== parent);
  setInterval(() => {
    // Whoever started the command line is gone: as if the terminal had hung up.
    if (lost()) end('SIGHUP');
  }, WATCH_INTERVAL_MS).unref();
}
