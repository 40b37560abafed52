import type { Tense } from './tenseAround.ts';

// The first hour of the late evening: a clock from 9 p.m. on, told in the past, cannot have come
// after a story dated that day was written.
const LATE_EVENING_HOUR = 21;
// "shortly after", "just before", "soon after": a clock placed near a deed of the night, as a
// report the next morning tells it. A bare "at 10pm" is left on publication's day ("Polls closed
// at 10pm", said that day, as the project's sets have it).
const NEAR_CLOCK_BEFORE = /\b(?:shortly|just|soon|right|moments|minutes)\s+(?:after|before)\s+$/i;
// "at about", "around", "at approximately": a reckoned clock of a night's deed, as police and
// officials give it the next morning ("The fire broke out at about 11:45 p.m."). From 10 p.m.
// only, as a wire story filed that evening may still tell of 9 p.m. on its own day.
const ABOUT_CLOCK_BEFORE =
  /\b(?:(?:at\s+)?(?:about|around|approximately|roughly)|at\s+or\s+about)\s+$/i;
// The first hour of the night for a reckoned clock.
const NIGHT_HOUR = 22;
// The hour of a clock value: "T23:00" is 23.
const CLOCK_HOUR = /^T(\d{2})/;

/**
 * Whether a clock time with no day of its own, told in the past just after or before a deed
 * ("shortly after", "just before": `before` is the text before the clock), is the evening before
 * publication: "The mayor conceded shortly after 11 p.m. as the last precincts reported", said on
 * 4 November 2026, is `2026-11-03T23:00`, since a story dated the 4th tells of 11 p.m. on that day
 * only once it is over. Only from 9 p.m. on (`clock` as `T23:00`); an earlier clock ("The quake
 * struck shortly after 3 a.m.", "ended at 4 p.m.") stays publication's, as do a bare "at 10pm" and
 * a late one told ahead ("The vote is expected shortly after 11 p.m.") or on a day the story names.
 * A reckoned clock ("at about 11:45 p.m.", "around 11 p.m.") counts from 10 p.m. on: "The fire
 * broke out at about 11:45 p.m.", said on 5 March 2026, is `2026-03-04T23:45`.
 *
 * @example isLateClockGoneBy('T23:00', 'past', 'conceded shortly after ') // true
 */
export function isLateClockGoneBy(clock: string, tense: Tense, before: string): boolean {
  const hour = Number(CLOCK_HOUR.exec(clock)?.[1] ?? -1);
  if (tense !== 'past') return false;
  if (hour >= LATE_EVENING_HOUR && NEAR_CLOCK_BEFORE.test(before)) return true;
  return hour >= NIGHT_HOUR && ABOUT_CLOCK_BEFORE.test(before);
}
