import { NUMBER_SOURCE } from './readNumber.ts';

// The units a working pattern counts, smallest first: "seven days a week" counts days in each
// week, "eight hours a day" hours in each day, "11 months a year" months in each year.
const UNITS_IN_ORDER = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
type EachUnit = (typeof UNITS_IN_ORDER)[number];

const EACH_AFTER = /^\s+(?:a|an|per)\s+(minute|hour|day|week|month|year)\b/i;
const COUNT_BEFORE = new RegExp(
  `\\b(?!single\\s)${NUMBER_SOURCE}[- ](minute|hour|day|week|month)s?\\s+$`,
  'i',
);

// "three days a week ago", "a week later", "a year old", "a week into", "in three days a week
// ahead of Thanksgiving", "a week from Friday": the larger unit is a length or a point of its own.
const NOT_EACH_AFTER =
  /^\s+(?:ago|earlier|later|before|after|old|into|ahead\s+of|from|prior\s+to|in\s+advance)\b/i;

const rank = (unit: string): number =>
  UNITS_IN_ORDER.indexOf(unit.toLowerCase().replace(/s$/, '') as EachUnit);

/**
 * The larger unit of a working pattern whose count of a smaller one ends at `end` ("seven days"
 * before " a week", "24 hours" before " a day"), with the end of its words; undefined when the
 * count is a length ("three days a week ago" is not matched: "a week ago" follows, nor "two
 * weeks a day" with the units the wrong way round).
 */
export function eachUnitAfter(
  text: string,
  end: number,
  unit: string,
): { unit: EachUnit; end: number } | undefined {
  const m = EACH_AFTER.exec(text.slice(end));
  if (!m || rank(unit) < 0 || rank(m[1]!) <= rank(unit)) return undefined;
  if (NOT_EACH_AFTER.test(text.slice(end + m[0].length))) return undefined;
  return { unit: m[1]!.toLowerCase() as EachUnit, end: end + m[0].length };
}

/**
 * Whether the "a week" from `index` to `end` closes a working pattern ("seven days a week"), as
 * `eachUnitAfter` reads it from the count's side.
 */
export function closesUnitsInEach(text: string, index: number, end: number, unit: string): boolean {
  const m = COUNT_BEFORE.exec(text.slice(Math.max(0, index - 40), index));
  if (m === null || rank(m[1]!) < 0 || rank(unit) <= rank(m[1]!)) return false;
  return !NOT_EACH_AFTER.test(text.slice(end));
}
