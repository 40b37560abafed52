import type { Mention } from '../model/mention.ts';
import { CLOCK_ZONE } from './clockZone.ts';

const ZONE = new RegExp(`\\d[^()]*\\b${CLOCK_ZONE}\\b`);
const UNIVERSAL = /\b(?:GMT|UTC)\b/;

/**
 * Whether `mention` lies in parentheses set right after a local clock time among `before`, which
 * hold the same moment in another zone: "at 6:42 a.m. local time (2242 GMT Friday)", "at 2:15 a.m.
 * (1815 GMT Thursday)" (the clock and its weekday alike). It restates the clock, so it moves the
 * story to no other day: "in the afternoon" after it is still the afternoon of the local day.
 *
 * @example isZoneConversion(text, [twoFifteen], thursday) // true
 */
export function isZoneConversion(
  text: string,
  before: readonly Mention[],
  mention: Mention,
): boolean {
  const open = text.lastIndexOf('(', mention.start);
  const close = text.indexOf(')', mention.start);
  if (open < 0 || close < mention.end || text.slice(open, mention.start).includes(')'))
    return false;
  if (!ZONE.test(text.slice(open + 1, close))) return false;
  // The clock outside is the local one: a GMT or UTC clock outside ("landed at 1555 GMT (11:55
  // a.m. EDT Thursday)") has the local time, and its day, in the parentheses.
  return before.some(
    (m) =>
      /T\d/.test(m.value) &&
      /^\s*$/.test(text.slice(m.end, open)) &&
      !UNIVERSAL.test(text.slice(m.start, open)),
  );
}
