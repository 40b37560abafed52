// npm run dates -- FILE --published YYYY-MM-DD [--locale en-US|en-GB]   (FILE may be - for stdin)
// npm run dates -- --jsonl [FILE] < lines.jsonl
import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { runDatesCommand } from '../dates/runDatesCommand.ts';

process.exitCode = await runDatesCommand(process.argv.slice(2), {
  readFile: (path) => readFile(path),
  readStdin: () => buffer(process.stdin),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
