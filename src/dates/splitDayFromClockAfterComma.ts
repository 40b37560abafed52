import type * as chrono from 'chrono-node';
import type { Locale } from '../model/temporal.ts';
import { parseChrono } from './parseChrono.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "Thursday, from 2 p.m.": a day, then after a comma the clock a stretch starts from.
const FROM_AFTER_COMMA = /,\s+(?=(?:from|since)\s)/i;

// "… Wednesday": a day named right after the clock, whose clock it is.
const DAY_AFTER = new RegExp(
  String.raw`^\s*(?:on\s+)?(?:${WEEKDAY_PATTERN}|today|yesterday|tomorrow)\b`,
  'i',
);

// ", from 9 a.m. to 5 p.m.", ", from 8 a.m. until noon": after the comma, a stretch from one
// clock to another, a day's hours ("The library is open Saturday, from 9 a.m. to 5 p.m."). Chrono
// reads it with the day as one stretch.
const CLOCK = String.raw`(?:\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|noon\b|midday\b)`;
const HOURS_AFTER_COMMA = new RegExp(
  String.raw`,\s+from\s+${CLOCK}\s*(?:to|until|till|[-–])\s*${CLOCK}\s*$`,
  'i',
);

/**
 * "By Thursday, from 2 p.m. Wednesday, the index had fallen": chrono reads "Thursday, from 2
 * p.m." as one time, Thursday at 2 p.m., and leaves "Wednesday" after it, whose clock the 2 p.m.
 * is. When a day follows the clock, the day before the comma and the stretch from the clock are
 * read apart, for the clock to be joined to its own day. So too when another clock the stretch
 * runs to follows: "The library is open Saturday, from 9 a.m. to 5 p.m.", said on Friday 12
 * January 1996, reads Saturday 1996-01-13 and its hours, each an end, as "open Saturday from 9
 * a.m. to 5 p.m." does, where chrono read "Saturday, from 9 a.m." as one time. "On Thursday,
 * from 2 p.m., the index fell" stays one time.
 */
export function splitDayFromClockAfterComma(
  result: chrono.ParsedResult,
  masked: string,
  options: { published: string; locale: Locale },
): chrono.ParsedResult[] {
  const comma = FROM_AFTER_COMMA.exec(result.text);
  const dayAfter = DAY_AFTER.test(masked.slice(result.index + result.text.length));
  if (!comma || !(dayAfter || HOURS_AFTER_COMMA.test(result.text))) return [result];
  const cut = comma.index;
  const sides: [number, number][] = [
    [0, cut],
    [cut, result.text.length],
  ];
  return sides.flatMap(([from, to]) =>
    parseChrono(result.text.slice(from, to), options).map((inner) =>
      Object.assign(inner, { index: result.index + from + inner.index }),
    ),
  );
}
