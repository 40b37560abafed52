import type { Pass } from './Reading.ts';

// "Just moments ago", "minutes ago", "hours ago", "a moment ago", "a short while ago", "a short
// time ago" (a broadcast's): a time back on the day it is said, uncounted, as "an hour ago" and "a
// few minutes ago" are the day (chrono reads those). A bare "a while ago" and "a long time ago" may
// reach back weeks or years and are left unread.
const MOMENTS_AGO =
  /\b(?:(?:moments|minutes|hours)|an?\s+(?:moment|(?:short|little)\s+while|short\s+time))\s+ago\b/gi;

/**
 * Uncounted times back within the day ("Just moments ago, the jury returned its verdict", "A
 * short while ago, the mayor spoke", "Just a short time ago, the White House responded"): the
 * publication day, in both readings, as "an hour ago" is.
 */
export const readMomentsAgo: Pass = (text, { published }) =>
  [...text.matchAll(MOMENTS_AGO)].map((m) => ({
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
