import { sentenceAt } from './sentenceEnds.ts';

// Words of an evening on the air or at the polls: a prime-time special, an evening newscast, a
// program to tune in to or join, the polls closing ("the polls in the Northeast close", "join us at eight Eastern on Tuesday for a
// special prime time report", "the polls close at eight Eastern on Tuesday").
const EVENING_WORDS =
  /\b(?:prime[-\s]?time|evening|special|tune\s+in|join\s+us|polls?\b[^.]{0,30}?\bclos(?:e|es|ing)|newscast|broadcast)\b/i;
// Words that hold the clock in the morning: a morning show, breakfast, "a.m.", dawn.
const MORNING_WORDS = /\b(?:morning|breakfast|dawn|a\.\s?m\.)|\bam\b/i;

/**
 * Whether a bare hour with a zone and no "a.m." or "p.m." ("at eight Eastern on Tuesday") is an
 * evening's, as the sentence around it tells: an hour from six to eleven in a sentence of a
 * prime-time special, an evening newscast, a program to tune in to, or the polls closing, with no
 * word of the morning. "join us at eight Eastern on Tuesday for a special prime time report",
 * said on 6 March 1998, is 1998-03-10T20:00; "the hearing resumes at nine Eastern on Tuesday"
 * stays 09:00.
 *
 * @example isBroadcastEvening('the polls close at eight Eastern on Tuesday.', 19, 32, 8) // true
 */
export function isBroadcastEvening(
  text: string,
  start: number,
  end: number,
  hour: number,
): boolean {
  if (hour < 6 || hour > 11) return false;
  const sentence = sentenceAt(text, start, end);
  return EVENING_WORDS.test(sentence) && !MORNING_WORDS.test(sentence);
}
