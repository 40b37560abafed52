// npm run bench:sentences [-- FILE ...] [--misses]
// Scores the rounds' sentence sets (data/bench/sentences/*.jsonl, or the files named) in both
// readings: how many of the values written before the resolver was run on each sentence it now
// gives. `--misses` lists every expectation not met with what was found over its phrase.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMentions } from '../src/dates/findMentions.ts';
import { findTimemlMentions } from '../src/dates/findTimemlMentions.ts';
import { describeDateIssue } from '../src/dates/messages.ts';
import { readSentenceSet } from '../src/dates/readSentenceSet.ts';
import type { Tally } from '../src/dates/scoreBenchmark.ts';
import { scoreSentenceCases } from '../src/dates/scoreSentenceCases.ts';

const SETS = 'data/bench/sentences';
const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--misses');
if (unknown.length > 0) {
  console.error(
    `bench:sentences: ${describeDateIssue({ code: 'sentence-set-option', found: unknown[0]! })}`,
  );
  process.exit(2);
}
const named = args.filter((arg) => !arg.startsWith('--'));
const root = fileURLToPath(new URL('../', import.meta.url));
const files = named.length > 0 ? named : keptSets();

/** Every set in data/bench/sentences, by name, read from the repository whatever the cwd. */
function keptSets(): string[] {
  try {
    return readdirSync(join(root, SETS))
      .filter((name) => name.endsWith('.jsonl'))
      .sort()
      .map((name) => join(root, SETS, name));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `bench:sentences: ${describeDateIssue({ code: 'unreadable-file', path: SETS, reason })}`,
    );
    process.exit(2);
  }
}

const pct = (t: Tally) =>
  `${t.right}/${t.total} (${((100 * t.right) / Math.max(1, t.total)).toFixed(1)}%)`;
const total = { news: { right: 0, total: 0 }, timeml: { right: 0, total: 0 } };
let problems = 0;
console.log(`${'set'.padEnd(36)} ${'news reading'.padEnd(20)} TimeML mode`);
for (const file of files) {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(
      `bench:sentences: ${describeDateIssue({ code: 'unreadable-file', path: file, reason })}`,
    );
    process.exit(2);
  }
  const set = readSentenceSet(file, content);
  for (const issue of set.problems) console.error(describeDateIssue(issue));
  problems += set.problems.length;
  const score = scoreSentenceCases(set.cases, { news: findMentions, timeml: findTimemlMentions });
  for (const reading of ['news', 'timeml'] as const) {
    total[reading].right += score.byReading[reading].right;
    total[reading].total += score.byReading[reading].total;
  }
  const name = file.replace(/^.*\//, '').replace(/\.jsonl$/, '');
  console.log(
    `${`${name} (${set.cases.length})`.padEnd(36)} ${pct(score.byReading.news).padEnd(20)} ${pct(score.byReading.timeml)}`,
  );
  if (showMisses) {
    for (const miss of score.misses) {
      console.log(
        `  miss ${miss.id} [${miss.reading}] ${JSON.stringify(miss.phrase)}: expected ${miss.expected ?? 'no mention'}, found ${miss.found.join('; ') || 'nothing'}`,
      );
    }
  }
}
console.log(`${'all'.padEnd(36)} ${pct(total.news).padEnd(20)} ${pct(total.timeml)}`);
if (problems > 0) {
  console.error(`bench:sentences: ${problems} line(s) could not be scored (above)`);
  process.exitCode = 2;
}
