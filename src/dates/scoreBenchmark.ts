import type { Mention } from '../model/mention.ts';
import type { Locale } from '../model/temporal.ts';
import type { GoldExpression } from './BenchItem.ts';

export interface BenchCase {
  id: string;
  text: string;
  published: string;
  locale: Locale;
  gold: GoldExpression[];
}

export type Finder = (
  text: string,
  options: { published: string; locale: Locale },
) => Pick<Mention, 'start' | 'end' | 'type' | 'value'>[];

export interface Tally {
  right: number;
  total: number;
}

export interface Score {
  overall: Tally;
  byCategory: Record<string, Tally>;
  misses: Array<{ id: string; expression: string; expected: string; found: string[] }>;
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

/**
 * Share of gold expressions a finder gets right: right when a found mention overlaps the gold
 * span and has the same TIMEX value and type.
 */
export function scoreBenchmark(cases: BenchCase[], find: Finder): Score {
  const score: Score = { overall: { right: 0, total: 0 }, byCategory: {}, misses: [] };
  for (const c of cases) {
    const found = find(c.text, { published: c.published, locale: c.locale });
    for (const gold of c.gold) {
      const span = locate(c.text, gold.expression, gold.occurrence);
      const overlapping = found.filter((m) => m.start < span.end && m.end > span.start);
      const right = overlapping.some((m) => m.value === gold.value && m.type === gold.type);
      const tally = (score.byCategory[gold.category] ??= { right: 0, total: 0 });
      for (const t of [tally, score.overall]) {
        t.total += 1;
        t.right += right ? 1 : 0;
      }
      if (!right) {
        score.misses.push({
          id: c.id,
          expression: gold.expression,
          expected: `${gold.type} ${gold.value}`,
          found: overlapping.map((m) => `${m.type} ${m.value}`),
        });
      }
    }
  }
  return score;
}
