import type { Happening } from './Happening.ts';
import { sameOrWithinStretch } from './sameOrWithinStretch.ts';

/**
 * The least likeness two happenings of different articles must have to be joined as each
 * other's best match: at least some rare word in common, not mere dates.
 */
export const JOIN_MUTUAL = 0.05;

const articles = (h: Happening) => new Set(h.dated.map((p) => p.article));
const sameDate = (a: Happening, b: Happening) => sameOrWithinStretch(a.dated[0]!, b.dated[0]!);

/**
 * Joins dated happenings told by different articles that are each other's best match. One
 * article rarely tells one happening in two separate dated passages, while two articles tell it
 * in their own words; so when a happening of some articles and one of other articles give the
 * very same date (or one gives a stretch of days the other's date lies within), and of all such happenings each is the other's likeliest (at least
 * JOIN_MUTUAL), they are one happening, though their words alone did not reach the threshold
 * that joins passages one by one. Happenings that share an article are never joined here, nor
 * happenings whose dates merely overlap ("this year" and a February of it): a wide date is shared
 * by too many happenings for being each other's best to mean much.
 * One pass: a happening joined to its pair is not joined again to a third, so joins do not
 * chain (a chain of "best" matches drifts from one happening to the next). Returns the
 * happenings that remain, each joined pair in the place of its first.
 */
export function joinMutualBest(
  happenings: readonly Happening[],
  likeness: (a: Happening, b: Happening) => number,
): Happening[] {
  const best = new Map<Happening, { other: Happening; score: number }>();
  for (const a of happenings) {
    const own = articles(a);
    for (const b of happenings) {
      if (a === b || !sameDate(a, b) || [...articles(b)].some((x) => own.has(x))) continue;
      const score = likeness(a, b);
      if (score >= JOIN_MUTUAL && score > (best.get(a)?.score ?? -1)) {
        best.set(a, { other: b, score });
      }
    }
  }
  const absorbed = new Set<Happening>();
  for (const [a, { other: b }] of best) {
    if (absorbed.has(a) || absorbed.has(b) || best.get(b)?.other !== a) continue;
    a.dated.push(...b.dated);
    a.undated.push(...b.undated);
    absorbed.add(b);
  }
  return happenings.filter((h) => !absorbed.has(h));
}
