// Scores the date resolver and raw chrono-node on the hand-labelled set in data/bench/.
// Prints the share right overall and per category, held-out part first.
import { readFileSync } from 'node:fs';
import { BenchItem } from '../src/dates/BenchItem.ts';
import { findMentions } from '../src/dates/findMentions.ts';
import { rawChronoMentions } from '../src/dates/rawChronoMentions.ts';
import { scoreBenchmark, type BenchCase, type Tally } from '../src/dates/scoreBenchmark.ts';

const root = new URL('../', import.meta.url);
const PARTS = [
  ['held-out', 'data/bench/dates.heldout.jsonl'],
  ['tuning', 'data/bench/dates.tuning.jsonl'],
] as const;

function load(path: string): BenchCase[] {
  return readFileSync(new URL(path, root), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = BenchItem.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.message}`);
      const item = parsed.data;
      const text = item.text ?? readFileSync(new URL(`seeds/${item.seed}`, root), 'utf8');
      return { id: item.id, text, published: item.published, locale: item.locale, gold: item.gold };
    });
}

const pct = (t: Tally) =>
  `${((100 * t.right) / Math.max(1, t.total)).toFixed(1).padStart(5)}% (${t.right}/${t.total})`;
// `--misses tuning` lists what the resolver got wrong in one part (look only at the tuning part
// while developing; the held-out part is for reporting).
const missesOf = process.argv[process.argv.indexOf('--misses') + 1];

for (const [name, path] of PARTS) {
  const cases = load(path);
  const ours = scoreBenchmark(cases, findMentions);
  const chrono = scoreBenchmark(cases, rawChronoMentions);
  console.log(`\n${name}: ${cases.length} items, ${ours.overall.total} expressions (${path})`);
  console.log(`  ${'category'.padEnd(16)} ${'sourceline'.padEnd(20)} raw chrono-node`);
  console.log(`  ${'overall'.padEnd(16)} ${pct(ours.overall).padEnd(20)} ${pct(chrono.overall)}`);
  for (const category of Object.keys(ours.byCategory).sort()) {
    console.log(
      `  ${category.padEnd(16)} ${pct(ours.byCategory[category]!).padEnd(20)} ${pct(chrono.byCategory[category]!)}`,
    );
  }
  if (process.argv.includes('--misses') && missesOf === name) {
    for (const miss of ours.misses) {
      console.log(
        `  miss ${miss.id} "${miss.expression}": expected ${miss.expected}, found ${miss.found.join(', ') || 'nothing'}`,
      );
    }
  }
}
