import type { Mention } from '../model/mention.ts';
import { endOfDay } from './endOfDay.ts';

// A midnight with no day written in its extent ("midnight", "the stroke of midnight").
const BARE_MIDNIGHT = /^(?:the\s+stroke\s+of\s+)?midnight$/i;
// The start of a year's first day: the turn of the year.
const YEAR_TURN = /^(\d{4})-01-01T00:00$/;

/**
 * In TimeML mode, a bare midnight read as the turn of the year is written as the end of the old
 * year's last day (`T24`), as "midnight on Dec. 31" is (midnightEndsYear): "Fireworks lit the
 * harbor as the clocks passed midnight", said on 1 January 2000, is `1999-12-31T24`, where the
 * news reading keeps `2000-01-01T00:00`. Only the year's turn: the sets keep any other bare
 * midnight told in the past as the start of its day in both readings ("Polls closed at
 * midnight"), and a midnight named with its day ("midnight Friday") is read by its own words.
 */
export function midnightOfYearTurn(m: Mention): Mention {
  const year = YEAR_TURN.exec(m.value)?.[1];
  if (year === undefined || !BARE_MIDNIGHT.test(m.text)) return m;
  return { ...m, value: endOfDay(`${Number(year) - 1}-12-31`, { timeml: true }) };
}
