import type { Mention } from '../model/mention.ts';

// TimeML 1.2.1's mods for the bound before a count: a duration is bounded ("more than a year"
// MORE_THAN); a point counted back is placed before or after the point named ("more than two
// years ago" lies before two years back, BEFORE; "less than a year ago" after, AFTER). The
// model's TimexMod, which the dataset shares, has only the point mods, so these are written
// where a TIMEX3 tag is made.
const BOUNDS: ReadonlyArray<[RegExp, duration: string, point: string]> = [
  [/^(?:more than|over|well over|just over)\s/i, 'MORE_THAN', 'BEFORE'],
  [/^(?:less than|fewer than|under|just under)\s/i, 'LESS_THAN', 'AFTER'],
  [/^(?:at least|no less than|not less than|no fewer than)\s/i, 'EQUAL_OR_MORE', 'ON_OR_BEFORE'],
  [/^(?:at most|no more than|not more than|up to)\s/i, 'EQUAL_OR_LESS', 'ON_OR_AFTER'],
];

/**
 * The TIMEX3 mod of a mention: its own, else TimeML's mod for the bound its extent opens with
 * (undefined when it has neither).
 *
 * @example timemlBoundMod({ text: 'at least three months', type: 'DURATION', … })
 * // 'EQUAL_OR_MORE'
 */
export function timemlBoundMod(m: Mention): string | undefined {
  if (m.mod) return m.mod;
  if (m.type !== 'DURATION' && !/\bago$/i.test(m.text)) return undefined;
  const bound = BOUNDS.find(([words]) => words.test(m.text));
  if (!bound) return undefined;
  return m.type === 'DURATION' ? bound[1] : bound[2];
}
