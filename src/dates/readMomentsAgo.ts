import type { Pass } from './Reading.ts';

// "Just moments ago", "minutes ago", "hours ago", "a moment ago", "a short while ago", "a short
// time ago" (a broadcast's): a time back on the day it is said, uncounted, as "an hour ago" and "a
// few minutes ago" are the day (chrono reads those). A bare "a while ago" and "a long time ago" may
// reach back weeks or years and are left unread.
const MOMENTS_AGO =
  /\b(?:(?:moments|minutes|hours)|an?\s+(?:moment|(?:short|little)\s+while|short\s+time))\s+ago\b/gi;
// "not a short time ago", "only a short time ago", "until a short time ago", "which a short time
// ago was": a print writer's reading, weeks or years back, not a broadcast's earlier today.
const SHORT_TIME_LONG_BEFORE = /\b(?:not|only|until|till|which|who|that)\s+$/i;
const isShortTimeLong = (text: string, at: number, phrase: string) =>
  /\btime\b/i.test(phrase) && SHORT_TIME_LONG_BEFORE.test(text.slice(Math.max(0, at - 8), at));

/**
 * Uncounted times back within the day ("Just moments ago, the jury returned its verdict", "A
 * short while ago, the mayor spoke", "Just a short time ago, the White House responded"): the
 * publication day, in both readings, as "an hour ago" is. "A short time ago" after "not", "only",
 * "until" or a relative pronoun ("The fund, which a short time ago was the nation's
 * largest") is left unread: weeks or years back.
 */
export const readMomentsAgo: Pass = (text, { published }) =>
  [...text.matchAll(MOMENTS_AGO)]
    .filter((m) => !isShortTimeLong(text, m.index, m[0]))
    .map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      priority: 1,
      resolve: () => ({
        type: 'DATE',
        value: published,
        granularity: 'day',
        anchor: { kind: 'published', date: published },
      }),
    }));
