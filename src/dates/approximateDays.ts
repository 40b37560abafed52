import type { Mention } from '../model/mention.ts';

// Words that make a day approximate: "around March 3", "on or about May 1", "roughly 3 p.m.".
// Not "about" alone, which is as often the topic ("talked about Monday's vote").
const APPROXIMATELY_BEFORE =
  /\b(?:(?:on\s+or\s+|some\s?time\s+)?around|on\s+or\s+about|approximately|roughly|circa)\s+$/i;
// A day ("2025-03-03") or a time of one ("2025-03-03T15:00").
const DAY = /^\d{4}-\d{2}-\d{2}(?:T|$)/;

/**
 * Mentions of a day or a time of one with the word before them that makes them approximate
 * ("around March 3", "on or about May 1") taken into their words, with TIMEX mod APPROX, as
 * "about three hours" and "around March 3-5" have it. A mention with a mod of its own keeps it.
 *
 * @example approximateDays('It opened around March 3.', [march3]) // [{ text: 'around March 3', mod: 'APPROX', … }]
 */
export function approximateDays(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((m) => {
    if (m.mod || m.granularity !== 'day' || !DAY.test(m.value)) return m;
    const lead = APPROXIMATELY_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
    if (!lead) return m;
    const start = m.start - lead[0].length;
    return { ...m, text: text.slice(start, m.end), start, mod: 'APPROX' };
  });
}
