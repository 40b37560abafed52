import { DateResolutionError } from './DateResolutionError.ts';
import { findMentions } from './findMentions.ts';
import { describeDateIssue } from './messages.ts';
import { parseDatesArgs } from './parseDatesArgs.ts';
import { resolveJsonlLine } from './resolveJsonlLine.ts';

/** What the command needs from the outside world, so it can be run in tests without a process. */
export interface DatesIo {
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, expected a text file',
  EACCES: 'permission denied',
};

/**
 * `npm run dates`: prints the mentions of one article as a JSON array, or in `--jsonl` mode one
 * result line per input line. Returns the exit code: 0, or 2 for bad input.
 */
export async function runDatesCommand(argv: readonly string[], io: DatesIo): Promise<number> {
  try {
    const command = parseDatesArgs(argv);
    if (command.mode === 'jsonl') {
      const lines = (await io.readStdin()).split(/\r?\n/);
      lines.forEach((line, i) => {
        if (line.trim() !== '') io.out(JSON.stringify(resolveJsonlLine(line, i + 1)) + '\n');
      });
      return 0;
    }
    let text: string;
    try {
      text = command.file === '-' ? await io.readStdin() : await io.readFile(command.file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      throw new DateResolutionError({
        code: 'unreadable-file',
        path: command.file,
        reason: REASONS[code] ?? String(error),
      });
    }
    io.out(JSON.stringify(findMentions(text, command), null, 2) + '\n');
    return 0;
  } catch (error) {
    if (!(error instanceof DateResolutionError)) throw error;
    io.err(`dates: ${describeDateIssue(error.issue)}\n`);
    return 2;
  }
}
