import type { Reading } from './Reading.ts';

/**
 * A claim on the words from `start` to `end`: it outranks every reading and gives no mention
 * (`Reading.claimOnly`), so no other reader takes them for a date. Never resolved among mentions;
 * dated on its own, it names no year.
 */
export function claimedWords(start: number, end: number): Reading {
  return {
    start,
    end,
    priority: 9,
    claimOnly: true,
    resolve: (context) => ({
      type: 'DATE',
      value: 'XXXX',
      granularity: 'year',
      anchor: context.deictic.source,
    }),
  };
}
