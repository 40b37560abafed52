// npm run dates -- FILE --published YYYY-MM-DD [--locale en-US|en-GB]   (FILE may be - for stdin)
// npm run dates -- --jsonl [FILE] < lines.jsonl
// npm run dates -- FILE.tml --timeml [--jsonl]
// npm run dates -- --story DIR [--article ID]    every article of a story, as JSON lines
import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import { parseArgs } from 'node:util';
import { BuildFailure } from '../dataset/BuildProblem.ts';
import { formatProblem } from '../dataset/formatProblem.ts';
import { storyMentions } from '../dataset/storyMentions.ts';
import { runDatesCommand } from '../dates/runDatesCommand.ts';
import { storyFromOptions, storyOptions, storyUsage } from './storyOption.ts';

const storyUsageText = `Usage: npm run dates -- --story DIR [--article ID]
${storyUsage}
  --article ID one article only (its file name without .txt)
  Prints one line per article: {"id","published","locale","mentions"}, each article read against
  the publication date and locale of its record in data/sources.json.`;

const argv = process.argv.slice(2);
if (argv.some((arg) => /^--(story|root)(=|$)/.test(arg))) {
  let story;
  let article: string | undefined;
  try {
    const { values } = parseArgs({
      args: argv,
      options: { ...storyOptions, article: { type: 'string' } },
    });
    story = storyFromOptions(values);
    article = values.article;
  } catch (error) {
    console.error(
      `dates: ${error instanceof Error ? error.message : String(error)}\n${storyUsageText}`,
    );
    process.exit(2);
  }
  try {
    for (const line of storyMentions(story.root, article)) {
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  } catch (error) {
    if (!(error instanceof BuildFailure)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem));
    process.exitCode = 1;
  }
} else {
  process.exitCode = await runDatesCommand(argv, {
    readFile: (path) => readFile(path),
    readStdin: () => buffer(process.stdin),
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  });
}
