// Scores the date resolver and raw chrono-node on the hand-labelled sets in data/bench/.
// Strict scoring: a gold expression is right only when a found mention has its exact span (a
// leading "on", "in", "at", "by", "until", "since" or "from" aside), value, type and mod.
// Prints recall (share of gold right), precision (share of found mentions right, in completely
// labelled sentences) and F1, held-out parts first; the old loose recall is printed last, labelled.
import { readFileSync } from 'node:fs';
import { BenchItem } from '../src/dates/BenchItem.ts';
import { findMentions } from '../src/dates/findMentions.ts';
import { rawChronoMentions } from '../src/dates/rawChronoMentions.ts';
import { f1, scoreBenchmark, type BenchCase, type Tally } from '../src/dates/scoreBenchmark.ts';
import { runTimemlBench } from './benchTimeml.ts';

const root = new URL('../', import.meta.url);
const PARTS = [
  ['held-out', 'data/bench/dates.heldout.jsonl'],
  ['held-out-2', 'data/bench/dates.heldout2.jsonl'],
  ['held-out-3', 'data/bench/dates.heldout3.jsonl'],
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
      return {
        id: item.id,
        text,
        published: item.published,
        locale: item.locale,
        gold: item.gold,
        complete: item.text !== undefined,
      };
    });
}

const pct = (t: Tally) =>
  `${((100 * t.right) / Math.max(1, t.total)).toFixed(1).padStart(5)}% (${t.right}/${t.total})`;
// `--misses tuning` lists what the resolver got wrong in one part (look only at the tuning part
// while developing; the held-out parts are for reporting).
const missesOf = process.argv[process.argv.indexOf('--misses') + 1];

// `--timeml DIR` scores TimeML documents instead (see benchTimeml.ts).
if (process.argv.includes('--timeml')) process.exit(runTimemlBench(process.argv.slice(2)));

for (const [name, path] of PARTS) {
  const cases = load(path);
  const ours = scoreBenchmark(cases, findMentions);
  const chrono = scoreBenchmark(cases, rawChronoMentions);
  console.log(`\n${name}: ${cases.length} items, ${ours.overall.total} expressions (${path})`);
  console.log(`  strict scoring   ${'sourceline'.padEnd(20)} raw chrono-node`);
  console.log(`  ${'recall'.padEnd(16)} ${pct(ours.overall).padEnd(20)} ${pct(chrono.overall)}`);
  console.log(
    `  ${'precision'.padEnd(16)} ${pct(ours.precision).padEnd(20)} ${pct(chrono.precision)}`,
  );
  const f = (s: typeof ours) => `${(100 * f1(s.overall, s.precision)).toFixed(1).padStart(5)}%`;
  console.log(`  ${'F1'.padEnd(16)} ${f(ours).padEnd(20)} ${f(chrono)}`);
  for (const category of Object.keys(ours.byCategory).sort()) {
    console.log(
      `  ${`  ${category}`.padEnd(16)} ${pct(ours.byCategory[category]!).padEnd(20)} ${pct(chrono.byCategory[category]!)}`,
    );
  }
  console.log(
    `  ${'loose (old)'.padEnd(16)} ${pct(ours.loose).padEnd(20)} ${pct(chrono.loose)}   overlap + value + type only`,
  );
  if (process.argv.includes('--misses') && missesOf === name) {
    for (const miss of ours.misses) {
      console.log(
        `  miss ${miss.id} "${miss.expression}": expected ${miss.expected}, found ${miss.found.join(', ') || 'nothing'}`,
      );
    }
    for (const extra of ours.extras)
      console.log(`  extra ${extra.id} "${extra.text}": ${extra.found}`);
  }
}
