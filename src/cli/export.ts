import { runExportCommand } from '../export/runExportCommand.ts';

process.exitCode = runExportCommand(process.argv.slice(2), {
  cwd: process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
