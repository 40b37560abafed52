import type { Pass } from './Reading.ts';

// "pre-2019 levels", "the post-1959 politics": a year with a prefix that puts what it qualifies
// before or after it. A decade ("post-1990s") or a stretch ("pre-2019-20") is not one year; nor
// is a quantity ("a post-1500 mg dose", "post-1600 hours", military time), its unit or another
// group of its digits ("pre-1500 000 tonnes") after the number.
const UNIT =
  '(?:mg|g|kg|lbs?|oz|tons?|tonnes?|ml|l|litres?|liters?|hours?|hrs?|h|minutes?|mins?|seconds?|secs?|mm|cm|m|km|metres?|meters?|miles?|mi|feet|foot|ft|yards?|yds?|inches|acres?|hectares?|ha|mph|km/h|kph|rpm|hp|kw|mw|watts?|volts?|calories|kcal|degrees?|percent|%)';
const PREFIXED_YEAR = new RegExp(
  `\\b(pre|post)-((?:1[5-9]|20)\\d{2})(?![\\w-])(?!\\s*(?:\\d|${UNIT}(?![\\w])))`,
  'gi',
);

/** A year written after "pre-" or "post-": that year, `mod` BEFORE or AFTER. */
export const readPrefixedYears: Pass = (text, { published }) =>
  [...text.matchAll(PREFIXED_YEAR)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 2,
    resolve: () => ({
      type: 'DATE',
      value: m[2]!,
      granularity: 'year',
      mod: m[1]!.toLowerCase() === 'pre' ? 'BEFORE' : 'AFTER',
      anchor: { kind: 'published', date: published },
    }),
  }));
