import type { Finder } from './scoreBenchmark.ts';
import type { TimemlDocument } from './readTimeml.ts';

/** Matches (right) against the system's mentions and the gold ones, as TempEval-3 counts them. */
export interface TaskATally {
  right: number;
  found: number;
  gold: number;
}

/** TempEval-3 Task A: extents matched relaxed and strict, attributes over relaxed matches. */
export interface TaskAScore {
  relaxed: TaskATally;
  strict: TaskATally;
  value: TaskATally;
  type: TaskATally;
  misses: Array<{ doc: string; text: string; expected: string; found: string }>;
  extras: Array<{ doc: string; text: string; found: string }>;
}

export interface TimemlCase {
  id: string;
  document: TimemlDocument;
}

const tally = (): TaskATally => ({ right: 0, found: 0, gold: 0 });

/** Precision, recall and their harmonic mean, each 0 when nothing was found or expected. */
export function prf(t: TaskATally): { p: number; r: number; f1: number } {
  const p = t.found === 0 ? 0 : t.right / t.found;
  const r = t.gold === 0 ? 0 : t.right / t.gold;
  return { p, r, f1: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/**
 * Scores a finder the way TempEval-3 Task A scores temporal taggers: each gold TIMEX3 is paired
 * with at most one found mention that overlaps it (the one with its exact span first); relaxed
 * counts the pairs, strict the pairs with the same span, value and type the pairs with the same
 * TIMEX3 value or type. P divides by all found mentions, R by all gold ones.
 */
export function scoreTimeml(cases: readonly TimemlCase[], find: Finder): TaskAScore {
  const score: TaskAScore = {
    relaxed: tally(),
    strict: tally(),
    value: tally(),
    type: tally(),
    misses: [],
    extras: [],
  };
  const all = [score.relaxed, score.strict, score.value, score.type];
  for (const { id, document } of cases) {
    const { text } = document;
    const found = find(text, { published: document.dct, locale: 'en-US' });
    for (const t of all) {
      t.found += found.length;
      t.gold += document.timexes.length;
    }
    const used = new Set<number>();
    for (const gold of document.timexes) {
      const candidates = found
        .map((m, i) => ({ m, i }))
        .filter(({ m, i }) => !used.has(i) && m.start < gold.end && m.end > gold.start);
      const pair =
        candidates.find(({ m }) => m.start === gold.start && m.end === gold.end) ?? candidates[0];
      const expected = `${gold.type} ${gold.value}`;
      if (!pair) {
        score.misses.push({ doc: id, text: gold.text, expected, found: 'nothing' });
        continue;
      }
      used.add(pair.i);
      const { m } = pair;
      const strict = m.start === gold.start && m.end === gold.end;
      score.relaxed.right += 1;
      if (strict) score.strict.right += 1;
      if (m.value === gold.value) score.value.right += 1;
      if (m.type === gold.type) score.type.right += 1;
      if (!strict || m.value !== gold.value || m.type !== gold.type) {
        score.misses.push({
          doc: id,
          text: gold.text,
          expected,
          found: `"${text.slice(m.start, m.end)}" ${m.type} ${m.value}`,
        });
      }
    }
    found.forEach((m, i) => {
      if (!used.has(i))
        score.extras.push({
          doc: id,
          text: text.slice(m.start, m.end),
          found: `${m.type} ${m.value}`,
        });
    });
  }
  return score;
}
