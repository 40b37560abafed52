import type { Pass } from './Reading.ts';

// "pre-2019 levels", "the post-1959 politics": a year with a prefix that puts what it qualifies
// before or after it. A decade ("post-1990s") or a stretch ("pre-2019-20") is not one year.
const PREFIXED_YEAR = /\b(pre|post)-((?:1[5-9]|20)\d{2})(?![\w-])/gi;

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
