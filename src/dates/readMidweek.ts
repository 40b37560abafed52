import { toLocalDate } from './calendarDate.ts';
import type { Pass, Reading } from './Reading.ts';
import { toTimex } from './toTimex.ts';

const MIDWEEK = /\bmid-?week\b/gi;

/** "Prices rose midweek", "a midweek match": the middle of the week of publication (`mod` MID). */
export const readMidweek: Pass = (text, { published }) =>
  [...text.matchAll(MIDWEEK)].map((m): Reading => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 2,
    resolve: () => ({
      type: 'DATE',
      value: toTimex(toLocalDate(published), 'week'),
      granularity: 'week',
      mod: 'MID',
      anchor: { kind: 'published', date: published },
    }),
  }));
