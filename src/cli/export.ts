import { runExportCommand } from '../export/runExportCommand.ts';

process.exitCode = runExportCommand(process.argv.slice(2), {
  // npm runs scripts in the repository; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
