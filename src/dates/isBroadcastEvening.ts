import { sentenceAt } from './sentenceEnds.ts';

// Words of an evening on the air: a prime-time report, an evening newscast, a program to tune in
// to or join ("join us at eight Eastern on Tuesday for a special prime time report"). Not
// "special" or "broadcast" alone ("Special prosecutor Kenneth Starr's grand jury reconvenes", "The
// Pentagon briefing, broadcast live, begins") nor an evening named for another hour ("said
// Wednesday evening that inspectors may return at eight local time on Thursday").
const EVENING_WORDS =
  /\b(?:prime[-\s]?time|tune\s+in|join\s+us|evening\s+(?:news|newscast|broadcast|edition|report)|newscast)\b/i;
// The polls closing at the hour ("the polls in the Northeast close at eight Eastern"), not
// opening ("the polls open at seven Eastern on Tuesday and close at eight in the evening").
const POLLS = /\bpolls?\b/i;
const CLOSING_BEFORE = /\bclos(?:e|es|ing)\s+(?:at\s+)?(?:(?:about|around)\s+)?$/i;
// Words that hold the clock in the morning: a morning show, breakfast, "a.m.", dawn.
const MORNING_WORDS = /\b(?:morning|breakfast|dawn|a\.\s?m\.)|\bam\b/i;

/**
 * Whether a bare hour with a zone and no "a.m." or "p.m." ("at eight Eastern on Tuesday") is an
 * evening's, as the sentence around it tells: an hour from six to eleven in a sentence of a
 * prime-time special, an evening newscast or a program to tune in to, or the hour the polls close
 * at, with no word of the morning. "join us at eight Eastern on Tuesday for a special prime time
 * report", said on 6 March 1998, is 1998-03-10T20:00; "the hearing resumes at nine Eastern on
 * Tuesday" stays 09:00.
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
  const closing = POLLS.test(sentence) && CLOSING_BEFORE.test(text.slice(0, start));
  return (EVENING_WORDS.test(sentence) || closing) && !MORNING_WORDS.test(sentence);
}
