import type { Mention } from '../model/mention.ts';
import { isDayValue, isTimeOnDayValue } from './valueShape.ts';

// Words that make a day approximate: "around March 3", "on or about May 1", "roughly 3 p.m.",
// "at about 10:30 p.m.". Not "about" alone, which is as often the topic ("talked about Monday's
// vote"); after "at" it cannot be.
const APPROXIMATELY_BEFORE =
  /\b(?:(?:on\s+or\s+|some\s?time\s+)?around|on\s+or\s+about|at\s+about|approximately|roughly|circa)\s+$/i;
// "around Tuesday's rally": the word goes with what the day owns, not with the day.
const POSSESSIVE_AFTER = /^['’]s\b/;

/** The mention with the word before it that makes it approximate taken in, if there is one. */
function widened(text: string, m: Mention): Mention {
  if (m.mod || m.granularity !== 'day' || !(isDayValue(m.value) || isTimeOnDayValue(m.value)))
    return m;
  if (POSSESSIVE_AFTER.test(text.slice(m.end))) return m;
  const lead = APPROXIMATELY_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start));
  if (!lead) return m;
  const start = m.start - lead[0].length;
  return { ...m, text: text.slice(start, m.end), start, mod: 'APPROX' };
}

/**
 * Mentions of a day or a time of one with the word before them that makes them approximate
 * ("around March 3", "on or about May 1") taken into their words, with TIMEX mod APPROX, as
 * "about three hours" and "around March 3-5" have it. A mention with a mod of its own keeps it.
 * Mentions anchored on a widened one point at its new words ("The day after" at "around March 3").
 *
 * @example approximateDays('It opened around March 3.', [march3])
 * // [{ text: 'around March 3', mod: 'APPROX', … }]
 */
export function approximateDays(text: string, mentions: readonly Mention[]): Mention[] {
  // The widened mentions by the start of the words they had.
  const moved = new Map<number, { was: Mention; now: Mention }>();
  const out = mentions.map((m) => {
    const wide = widened(text, m);
    if (wide !== m) moved.set(m.start, { was: m, now: wide });
    return wide;
  });
  if (moved.size === 0) return out;
  return out.map((m) => {
    if (m.anchor.kind !== 'mention') return m;
    const to = moved.get(m.anchor.start);
    if (!to || to.was.text !== m.anchor.text) return m;
    return { ...m, anchor: { ...m.anchor, text: to.now.text, start: to.now.start } };
  });
}
