import { decodeUtf8 } from '../dataset/decodeUtf8.ts';
import { DateResolutionError } from './DateResolutionError.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { readTimeml } from './readTimeml.ts';
import { timemlTags, writeTimeml } from './writeTimeml.ts';
import { describeDateIssue } from './messages.ts';
import { parseDatesArgs } from './parseDatesArgs.ts';
import { resolveJsonlLine } from './resolveJsonlLine.ts';

/** What the command needs from the outside world, so it can be run in tests without a process. */
export interface DatesIo {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
  out(text: string): void;
  err(text: string): void;
}

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'it is a directory, expected a text file',
  EACCES: 'permission denied',
};

/** The text of FILE (or stdin for `-`), refused unless it is UTF-8. */
async function readText(path: string, io: DatesIo): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    throw new DateResolutionError({
      code: 'unreadable-file',
      path,
      reason: REASONS[code] ?? String(error),
    });
  }
  // Strict, as the data build reads: a Latin-1 article would otherwise be read with U+FFFD in it,
  // and every offset after the first bad byte would point at the wrong words.
  const decoded = decodeUtf8(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if ('text' in decoded) return decoded.text;
  const { badByte: byte, line, column } = decoded;
  throw new DateResolutionError({ code: 'not-utf8', path, byte, line, column });
}

/**
 * `npm run dates`: prints the mentions of one article as a JSON array, or in `--jsonl` mode one
 * result line per input line, in order (an empty line gets an error line of its own); with
 * `--timeml`, the TimeML document with the resolver's TIMEX3 tags (or one JSON line per tag).
 * Returns the exit code: 0, or 2 for bad input.
 */
export async function runDatesCommand(argv: readonly string[], io: DatesIo): Promise<number> {
  try {
    const command = parseDatesArgs(argv);
    const text = await readText(command.file, io);
    if (command.mode === 'timeml') {
      const document = readTimeml(text, command.file);
      const mentions = findTimemlMentions(document.text, {
        published: document.dct,
        locale: command.locale,
      });
      const tags = timemlTags(mentions, document.dctTid);
      if (command.jsonl) for (const tag of tags) io.out(JSON.stringify(tag) + '\n');
      else io.out(writeTimeml(document, tags));
      return 0;
    }
    if (command.mode === 'jsonl') {
      if (text === '') return 0;
      // A final newline ends the last line; it does not start an empty one.
      const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
      lines.forEach((line, i) => io.out(JSON.stringify(resolveJsonlLine(line, i + 1)) + '\n'));
      return 0;
    }
    io.out(JSON.stringify(findMentions(text, command), null, 2) + '\n');
    return 0;
  } catch (error) {
    if (!(error instanceof DateResolutionError)) throw error;
    io.err(`dates: ${describeDateIssue(error.issue)}\n`);
    return 2;
  }
}
