/** The kind of period named last before a comparison, as `periodNamedBefore` tells it. */
export type NamedPeriodKind = 'quarter' | 'half' | 'month';

/**
 * What "the same quarter/period/month last year" compares with: a quarter by its own words, a
 * period by the kind named before it, and a month only when a month is named before it
 * ("Prices in October were 5% higher than in the same month last year"). With no month named
 * before, "the same month" has nothing to be the same as, and the words are left to the other
 * readers ("last year" alone).
 *
 * @example sameAYearAgoKind('the same month last year', 'month') // 'month'
 */
export function sameAYearAgoKind(
  words: string,
  named: NamedPeriodKind | undefined,
): NamedPeriodKind | undefined {
  if (/\bperiod\b/i.test(words)) return named;
  if (/\bmonth\b/i.test(words)) return named === 'month' ? 'month' : undefined;
  return 'quarter';
}
