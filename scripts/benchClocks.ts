/**
 * How long findMentions takes on articles full of clock times, beside another checkout's
 * resolver: `npm run bench:clocks -- --against ../main`. Prints each size's times and their ratio.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findMentions } from '../src/dates/findMentions.ts';

type Find = typeof findMentions;

// The day is named once, at the top, as a story told on one day names it.
const OPENING = 'The convoy left the depot on Monday, March 3.';
const SENTENCES = [
  'The drivers were told to wait for the escort.',
  'At 10 p.m., the first trucks crossed the border.',
  'Officials said the crossing closed at 6:30 a.m. and reopened at noon.',
  'Another group of drivers waited through the night near the checkpoint.',
  'By 4 p.m., some had turned back.',
];

/** An article of about `words` words, a clock time in most sentences. */
function article(words: number): string {
  const out: string[] = [OPENING];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = SENTENCES[i % SENTENCES.length]!;
    out.push(s);
    count += s.split(/\s+/).length;
    if (i % 12 === 11) out.push('\n\n');
  }
  return out.join(' ');
}

function time(find: Find, text: string): number {
  const options = { published: '2025-03-06', locale: 'en-US' } as const;
  find(text, options); // warm up
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    find(text, options);
    runs.push(performance.now() - t0);
  }
  return Math.min(...runs);
}

const at = process.argv.indexOf('--against');
const againstDir = at >= 0 ? process.argv[at + 1] : undefined;
if (at >= 0 && !againstDir) {
  console.error('bench:clocks: --against needs a folder (another checkout of this repository)');
  process.exit(1);
}
const against: Find | undefined = againstDir
  ? (
      (await import(pathToFileURL(resolve(againstDir, 'src/dates/findMentions.ts')).href)) as {
        findMentions: Find;
      }
    ).findMentions
  : undefined;

console.log(`words    this (ms)  ${against ? `${againstDir} (ms)  theirs/this` : ''}`);
for (const words of [1_000, 10_000, 37_000]) {
  const text = article(words);
  const mine = time(findMentions, text);
  const theirs = against ? time(against, text) : undefined;
  console.log(
    [
      String(words).padEnd(8),
      mine.toFixed(1).padStart(9),
      theirs === undefined ? '' : theirs.toFixed(1).padStart(14),
      theirs === undefined ? '' : `${(theirs / mine).toFixed(2)}×`.padStart(14),
    ].join(' '),
  );
}
