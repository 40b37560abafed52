import { sentenceAround } from './tenseAround.ts';

// A clock with no a.m. or p.m. and a US zone right after it: "at 7 PT", "at 2:30 ET". US copy
// writes a bare hour with its zone in listings and schedules (games, broadcasts, announcements).
const ZONED_BARE_HOUR = /\b\d{1,2}(?::\d{2})?\s+(?:ET|PT|CT|MT|[ECMP][SD]T)\b/;
// A game's start in the clause: "The game tips off at 7 PT", "Kickoff is at 8 ET", "first pitch
// at 7:05 ET". "Host" only with a team after it, a capitalised plural ("the Lakers host the
// Celtics at 7:30 PT"): "The White House hosts a briefing", "Apple hosts its event" are no games;
// nor "games" ("The games industry showcase opens at 9 PT").
const GAME_WORDS =
  /\b(?:game|tip-?off|tips\s+off|kick-?off|kicks\s+off|first\s+pitch|puck\s+drops?|face-?off|vs\.?|versus)\b/i;
// Case matters here: the team hosted is a capitalised name.
const TEAM_HOSTED = /\b[Hh]osts?\s+the\s+(?:[A-Z][a-z]+\s+)?[A-Z][a-z]+s\b/;

/**
 * Whether a clock with no a.m. or p.m. and a US zone after it ("at 7 PT on Friday", read 07:00 by
 * chrono) is past noon. An hour from 1 to 6 is: a schedule names no small hours in a zone without
 * "a.m." ("The Fed announces its decision at 2 ET"). An hour of 7 or 8 is only for a game's
 * start, which US sport sets in the evening ("The game tips off at 7 PT on Friday"); a broadcast
 * at 7 may be a morning show's ("Good Morning America airs at 7 ET" stays 07:00). From 9 on a
 * game starts in the morning as often ("kicks off at 9:30 ET" in London, "at 11 CT" a college
 * game's), and chrono's morning is kept.
 *
 * @example
 * zonedBareHourPastNoon('The game tips off at 7 PT on Friday.', 'at 7 PT on Friday', 18, 7)
 * // true
 */
export function zonedBareHourPastNoon(
  text: string,
  words: string,
  start: number,
  hour: number,
): boolean {
  if (!ZONED_BARE_HOUR.test(words) || hour < 1 || hour > 11) return false;
  if (hour <= 6) return true;
  if (hour > 8) return false;
  const { before, after } = sentenceAround(text, start, start + words.length);
  return [before, after].some((part) => GAME_WORDS.test(part) || TEAM_HOSTED.test(part));
}
