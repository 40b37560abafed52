// `npm run bench:dates -- --timeml DIR [--timeml DIR2] [--part tune|heldout|all] [--misses]
// [--conventions]`:
// scores the resolver in TimeML mode, and raw chrono-node beside it, on every .tml file of each
// DIR the way TempEval-3 Task A scores temporal taggers (relaxed, strict, value and type F1).
// The held-out part (every fifth file of each folder in sorted order) is for reporting only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimemlMentions } from '../src/dates/findTimemlMentions.ts';
import { rawChronoMentions } from '../src/dates/rawChronoMentions.ts';
import { readTimeml } from '../src/dates/readTimeml.ts';
import type { Finder } from '../src/dates/scoreBenchmark.ts';
import { prf, scoreTimeml, type TaskATally, type TimemlCase } from '../src/dates/scoreTimeml.ts';
import { timemlPartFiles, type TimemlPart } from '../src/dates/timemlPart.ts';
import { conventionsReport } from './benchTimemlConventions.ts';

const PARTS: readonly TimemlPart[] = ['tune', 'heldout', 'all'];

interface TimemlBenchArgs {
  dirs: string[];
  part: TimemlPart;
  misses: boolean;
  conventions: boolean;
}

/** The options, or an error message saying what was expected and what was found. */
export function parseTimemlBenchArgs(argv: readonly string[]): TimemlBenchArgs | string {
  const args: TimemlBenchArgs = { dirs: [], part: 'all', misses: false, conventions: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--timeml') {
      const dir = argv[++i];
      if (dir === undefined || dir.startsWith('--'))
        return 'expected a folder of .tml files after --timeml, found nothing';
      args.dirs.push(dir);
    } else if (arg === '--part') {
      const part = argv[++i] ?? '';
      if (!(PARTS as readonly string[]).includes(part))
        return `expected --part tune, heldout or all, found ${JSON.stringify(part)}`;
      args.part = part as TimemlPart;
    } else if (arg === '--misses') args.misses = true;
    else if (arg === '--conventions') args.conventions = true;
    else
      return `unknown argument ${JSON.stringify(arg)}: expected --timeml DIR, --part tune|heldout|all, --misses or --conventions`;
  }
  return args;
}

function load(dir: string, part: TimemlPart): TimemlCase[] {
  return timemlPartFiles(readdirSync(dir), part).map((name) => {
    const path = join(dir, name);
    return {
      id: name.replace(/\.tml$/, ''),
      document: readTimeml(readFileSync(path, 'utf8'), path),
    };
  });
}

const cell = (t: TaskATally): string => {
  const { p, r, f1 } = prf(t);
  const fmt = (x: number) => (100 * x).toFixed(1).padStart(5);
  return `${fmt(f1)}  (P ${fmt(p)} R ${fmt(r)})`;
};

export function runTimemlBench(argv: readonly string[]): number {
  const args = parseTimemlBenchArgs(argv);
  if (typeof args === 'string') {
    console.error(`bench:dates: ${args}`);
    return 2;
  }
  const folders: Array<[string, TimemlCase[]]> = [];
  // Each document is read once: scoring and --conventions ask for the same mentions.
  const seen = new Map<string, ReturnType<Finder>>();
  const found: Finder = (text, options) => {
    const key = `${options.published}\n${text}`;
    const mentions = seen.get(key) ?? findTimemlMentions(text, options);
    seen.set(key, mentions);
    return mentions;
  };
  for (const dir of args.dirs) {
    let cases: TimemlCase[];
    try {
      cases = load(dir, args.part);
    } catch (error) {
      console.error(`bench:dates: cannot read ${JSON.stringify(dir)}: ${(error as Error).message}`);
      return 2;
    }
    if (cases.length === 0) {
      console.error(`bench:dates: expected .tml files in ${JSON.stringify(dir)}, found none`);
      return 2;
    }
    folders.push([dir, cases]);
    const started = performance.now();
    const ours = scoreTimeml(cases, found);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const chrono = scoreTimeml(cases, rawChronoMentions);
    console.log(
      `\n${dir} (part ${args.part}): ${cases.length} documents, ${ours.relaxed.gold} TIMEX3, ${seconds} s`,
    );
    console.log(`  Task A F1      ${'sourceline'.padEnd(27)} raw chrono-node`);
    for (const key of ['relaxed', 'strict', 'value', 'type'] as const)
      console.log(`  ${key.padEnd(13)}  ${cell(ours[key]).padEnd(27)} ${cell(chrono[key])}`);
    if (args.misses) {
      for (const m of ours.misses)
        console.log(`  miss ${m.doc} "${m.text}": expected ${m.expected}, found ${m.found}`);
      for (const e of ours.extras) console.log(`  extra ${e.doc} "${e.text}": ${e.found}`);
    }
  }
  if (args.conventions) console.log(conventionsReport(folders, found));
  return 0;
}
