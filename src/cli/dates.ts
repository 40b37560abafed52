// npm run dates -- FILE --published YYYY-MM-DD [--locale en-US|en-GB]   (FILE may be - for stdin)
// npm run dates -- --jsonl < lines.jsonl
import { readFile } from 'node:fs/promises';
import { text } from 'node:stream/consumers';
import { runDatesCommand } from '../dates/runDatesCommand.ts';

process.exitCode = await runDatesCommand(process.argv.slice(2), {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin: () => text(process.stdin),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
