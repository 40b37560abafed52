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

/**
 * "By Thursday, from 2 p.m. Wednesday, the index had fallen": chrono reads "Thursday, from 2
 * p.m." as one time, Thursday at 2 p.m., and leaves "Wednesday" after it, whose clock the 2 p.m.
 * is. When a day follows the clock, the day before the comma and the stretch from the clock are
 * read apart, for the clock to be joined to its own day.
 */
export function clockStartsNextDay(
  result: chrono.ParsedResult,
  masked: string,
  options: { published: string; locale: Locale },
): chrono.ParsedResult[] {
  const comma = FROM_AFTER_COMMA.exec(result.text);
  if (!comma || !DAY_AFTER.test(masked.slice(result.index + result.text.length))) return [result];
  const cut = comma.index;
  return [
    ...parseChrono(result.text.slice(0, cut), options).map((inner) =>
      Object.assign(inner, { index: result.index + inner.index }),
    ),
    ...parseChrono(result.text.slice(cut), options).map((inner) =>
      Object.assign(inner, { index: result.index + cut + inner.index }),
    ),
  ];
}
