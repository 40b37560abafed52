import type { Mention } from '../model/mention.ts';
import type { Locale } from '../model/temporal.ts';
import type { GoldExpression } from './BenchItem.ts';

export interface BenchCase {
  id: string;
  text: string;
  published: string;
  locale: Locale;
  gold: GoldExpression[];
  /**
   * Whether every expression of the text is labelled. A seed article is labelled only in part,
   * so what the finder reports beyond the labels there says nothing about its precision.
   */
  complete: boolean;
}

type Found = Pick<Mention, 'start' | 'end' | 'type' | 'value'> & Partial<Pick<Mention, 'mod'>>;

export type Finder = (text: string, options: { published: string; locale: Locale }) => Found[];

export interface Tally {
  right: number;
  total: number;
}

export interface Score {
  /** Strict: exact span (a leading preposition aside), value, type and mod. */
  overall: Tally;
  byCategory: Record<string, Tally>;
  /** Found mentions in completely labelled texts, and how many of them match a gold expression. */
  precision: Tally;
  /**
   * The old, loose measure: a found mention merely overlaps the gold span with the same value
   * and type. Kept only to compare with figures reported before scoring was strict.
   */
  loose: Tally;
  misses: Array<{ id: string; expression: string; expected: string; found: string[] }>;
  extras: Array<{ id: string; text: string; found: string }>;
}

/** Offsets of the nth occurrence of `expression` that is not part of a longer word. */
export function locate(
  text: string,
  expression: string,
  occurrence = 0,
): { start: number; end: number } {
  const escaped = expression.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const matches = [...text.matchAll(new RegExp(`(?<![\\p{L}\\d])${escaped}(?![\\p{L}\\d])`, 'gu'))];
  const match = matches[occurrence];
  if (!match) throw new Error(`"${expression}" (occurrence ${occurrence}) is not in the text`);
  return { start: match.index, end: match.index + expression.length };
}

// "on Friday" and "Friday" name the same expression; labellers and finders differ on whether
// the preposition belongs to it, and that difference is not worth a miss.
const LEADING_PREPOSITION = /^(?:on|in|at|by|until|since|from)\s+/i;

/** The span with a leading preposition left out. */
function core(text: string, span: { start: number; end: number }): string {
  const words = text.slice(span.start, span.end);
  const cut = LEADING_PREPOSITION.exec(words)?.[0].length ?? 0;
  return `${span.start + cut}:${span.end}`;
}

/** Whether a found mention has exactly the gold span, allowing a leading preposition in either. */
export function sameSpan(
  text: string,
  gold: { start: number; end: number },
  found: { start: number; end: number },
): boolean {
  return (
    (gold.start === found.start && gold.end === found.end) || core(text, gold) === core(text, found)
  );
}

const describe = (m: { type: string; value: string; mod?: string | undefined }): string =>
  `${m.type} ${m.value}${m.mod ? ` ${m.mod}` : ''}`;

const add = (tally: Tally, right: boolean): void => {
  tally.total += 1;
  tally.right += right ? 1 : 0;
};

/**
 * Strict scores of a finder: a gold expression is right when a found mention has its span (a
 * leading preposition aside), its TIMEX value, type and mod. Precision is the share of found
 * mentions, in completely labelled texts, that are right for some gold expression.
 */
export function scoreBenchmark(cases: BenchCase[], find: Finder): Score {
  const score: Score = {
    overall: { right: 0, total: 0 },
    byCategory: {},
    precision: { right: 0, total: 0 },
    loose: { right: 0, total: 0 },
    misses: [],
    extras: [],
  };
  for (const c of cases) {
    const found = find(c.text, { published: c.published, locale: c.locale });
    const matched = new Set<(typeof found)[number]>();
    for (const gold of c.gold) {
      const span = locate(c.text, gold.expression, gold.occurrence);
      const overlapping = found.filter((m) => m.start < span.end && m.end > span.start);
      add(
        score.loose,
        overlapping.some((m) => m.value === gold.value && m.type === gold.type),
      );
      const hit = found.find(
        (m) =>
          sameSpan(c.text, span, m) &&
          m.value === gold.value &&
          m.type === gold.type &&
          m.mod === gold.mod,
      );
      if (hit) matched.add(hit);
      for (const t of [(score.byCategory[gold.category] ??= { right: 0, total: 0 }), score.overall])
        add(t, hit !== undefined);
      if (!hit) {
        score.misses.push({
          id: c.id,
          expression: gold.expression,
          expected: describe(gold),
          found: overlapping.map((m) => `"${c.text.slice(m.start, m.end)}" ${describe(m)}`),
        });
      }
    }
    if (!c.complete) continue;
    for (const m of found) {
      add(score.precision, matched.has(m));
      if (!matched.has(m))
        score.extras.push({ id: c.id, text: c.text.slice(m.start, m.end), found: describe(m) });
    }
  }
  return score;
}

/** Harmonic mean of recall (share of gold right) and precision, 0 when either is. */
export function f1(recall: Tally, precision: Tally): number {
  const r = recall.right / Math.max(1, recall.total);
  const p = precision.right / Math.max(1, precision.total);
  return r + p === 0 ? 0 : (2 * r * p) / (r + p);
}
