import { sentenceAround } from './tenseAround.ts';

// A clock with no a.m. or p.m. and a US zone right after it: "at 7 PT", "at 2:30 ET". US copy
// writes a bare hour with its zone in listings and schedules (games, broadcasts, announcements).
const ZONED_BARE_HOUR = /\b\d{1,2}(?::\d{2})?\s+(?:ET|PT|CT|MT|[ECMP][SD]T)\b/;
// A game's start in the clause: "The game tips off at 7 PT", "Kickoff is at 8 ET", "first pitch
// at 7:05 ET", "the Lakers host the Celtics at 7:30 PT".
const GAME_WORDS =
  /\b(?:games?|tip-?off|tips\s+off|kick-?off|kicks\s+off|first\s+pitch|puck\s+drops?|face-?off|hosts?|vs\.?|versus)\b/i;

/**
 * Whether a clock with no a.m. or p.m. and a US zone after it ("at 7 PT on Friday", read 07:00 by
 * chrono) is past noon. An hour from 1 to 6 is: a schedule names no small hours in a zone without
 * "a.m." ("The Fed announces its decision at 2 ET"). An hour from 7 to 11 is only for a game's
 * start, which US sport sets in the evening ("The game tips off at 7 PT on Friday"); a broadcast
 * at 7 may be a morning show's ("Good Morning America airs at 7 ET" stays 07:00).
 *
 * @example zonedBareHourPastNoon('The game tips off at 7 PT on Friday.', 'at 7 PT on Friday', 18, 7) // true
 */
export function zonedBareHourPastNoon(
  text: string,
  words: string,
  start: number,
  hour: number,
): boolean {
  if (!ZONED_BARE_HOUR.test(words) || hour < 1 || hour > 11) return false;
  if (hour <= 6) return true;
  const { before, after } = sentenceAround(text, start, start + words.length);
  return GAME_WORDS.test(before) || GAME_WORDS.test(after);
}
