import { pad } from './parseChrono.ts';

// "after a flood in", "following an inspection in", "after the raid in": a cause told after a
// dated deed, an article, at most three words of its noun (no figure, no comma), and "in".
const CAUSE_GAP =
  /^\s+(?:after|following)\s+(?:a|an|the|its|his|her|their)\s+(?:[A-Za-z'’-]+\s+){1,3}in\s+$/;

/**
 * The month with no year of a cause told right after a dated month, as the nearest such month
 * before that one: "The museum closed in June 2020 after a flood in February" is February 2020;
 * "The plant was fined in January 2022 after a spill in December" December 2021 (both were read
 * from publication). `gap` is the words between the dated month and the month, `first` the dated
 * month's value (`YYYY-MM`). Only a month strictly before the dated one, "after" or "following"
 * with an article; not a day, not the same month ("in June 2020 after a flood in June" is left),
 * nor a cause with a figure or a comma ("after 3 floods in", "after a flood, in").
 *
 * @example causeMonthBefore(' after a flood in ', '2020-06', 2) // '2020-02'
 */
export function causeMonthBefore(gap: string, first: string, month: number): string | undefined {
  if (!/^\d{4}-\d{2}$/.test(first) || !CAUSE_GAP.test(gap)) return undefined;
  const year = Number(first.slice(0, 4));
  const firstMonth = Number(first.slice(5, 7));
  if (month === firstMonth) return undefined;
  return `${month < firstMonth ? year : year - 1}-${pad(month)}`;
}
