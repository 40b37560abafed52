import type { Mention } from '../model/mention.ts';
import { STRETCH_TO } from './joinRanges.ts';
import { shiftTimex } from './shiftTimex.ts';
import { isDayValue } from './valueShape.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "The hurricane season runs from", "The ban, which is in force from", "The season officially
// lasts from": a stretch told in the present with a verb of lasting right before its first end.
// Not after a modal, "to", or a negation ("will not run from", "won't run from"), a stretch told
// ahead.
const LASTS_FROM = new RegExp(
  String.raw`(?<!\b(?:will|would|shall|could|might|may|must|should|to|'ll|’ll|not|never|won['’]t)\s+)\b(?:runs?|lasts?|extends?|stretches?|spans?|is|are|(?:is|are)\s+in\s+(?:force|effect|place))\s+(?:officially\s+|normally\s+|usually\s+|typically\s+|generally\s+)?from\s+$`,
  'i',
);
const WRITTEN_YEAR_OR_WEEKDAY = new RegExp(String.raw`\b\d{4}\b|\b${WEEKDAY_PATTERN}\b`, 'i');

/** The same day of the month a year earlier or later. */
const byYears = (value: string, amount: number) => shiftTimex(value, { amount, unit: 'year' });

/**
 * The two ends of a stretch now under way, or undefined: the first end was put a year ahead
 * though the stretch of this year has begun and not ended.
 */
function ongoingEnds(a: Mention, b: Mention, published: string): [string, string] | undefined {
  if (a.value <= published) return undefined;
  const start = byYears(a.value, -1);
  if (start > published) return undefined;
  let end = b.value;
  while (end > start && byYears(end, -1) >= start) end = byYears(end, -1);
  while (end < start) end = byYears(end, 1);
  return end >= published ? [start, end] : undefined;
}

/**
 * "The hurricane season runs from June 1 to Nov. 30", said on 9 September 2026: a stretch told in
 * the present whose first end is gone by this year and whose second is still ahead is the one under
 * way, `2026-06-01` to `2026-11-30` (the present of schedule put June 1 a year ahead, and the
 * second end with it). Only days written with their month and no year, the stretch's "from" after
 * a verb of lasting (runs, lasts, is, is in force, LASTS_FROM) and "to", "until" or "through"
 * between its ends. "The exhibition will run from June 1 to Nov. 30" and "runs from June 1" alone
 * keep their readings.
 */
export function ongoingStretch(
  text: string,
  mentions: readonly Mention[],
  published: string,
): Mention[] {
  const out = [...mentions];
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = [out[i]!, out[i + 1]!];
    if (!isDayValue(a.value) || !isDayValue(b.value) || a.mod || b.mod) continue;
    if (WRITTEN_YEAR_OR_WEEKDAY.test(a.text + ' ' + b.text)) continue;
    if (!STRETCH_TO.test(text.slice(a.end, b.start))) continue;
    const lead =
      text.slice(Math.max(0, a.start - 60), a.start) + (/^from\s+/i.exec(a.text)?.[0] ?? '');
    if (!LASTS_FROM.test(lead)) continue;
    const ends = ongoingEnds(a, b, published);
    if (!ends) continue;
    out[i] = { ...a, value: ends[0] };
    out[i + 1] = { ...b, value: ends[1] };
  }
  return out;
}
