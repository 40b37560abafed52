import type { Pass, Reading } from './Reading.ts';
import { nearestSeason } from './nearestSeason.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { scheduleAnnouncedSeason } from './scheduleAnnouncedSeason.ts';
import { SEASON_CODES } from './seasonNames.ts';
import { isSeasonPlacedOrHabitual } from './toldSeasonValue.ts';
import { CAPITALISED } from './capitalised.ts';

// One word for what the plan is of ("its winter gritting schedule", "its fall programming lineup",
// "the winter training schedule"), not a word that opens a phrase of its own. Its capital is
// checked apart (a name: "the Winter Olympics schedule"), the pattern being case-blind.
const KIND_OF_PLAN = String.raw`(?!(?:and|or|of|in|on|at|for|to|the|a|an)\b)[a-z]+\s+`;
// "the", an owner ("the airline's", "Ryanair's", "its"), the season, a plan laid out for it.
// The owner's capital is checked apart (LOWER_OWNER), the pattern being case-blind.
const SEASON_SCHEDULE = new RegExp(
  `\\b((?:the|its|their|[A-Z][\\w.]*['’]s|the\\s+[a-z]+['’]s)\\s+)(summer|autumn|fall|winter|spring)\\s+(${KIND_OF_PLAN})?(?:schedule|timetable|budget|programme|program|line-?up|fixture\\s+list|fixtures|(?:transfer\\s+)?window)s?\\b`,
  'gi',
);

// "last year's winter timetable": a possessive with no capital and no "the" is no owner but a time.
const LOWER_OWNER = /^[a-z][\w.]*['’]s\s+$/;

/**
 * "The airline's summer schedule begins in late March" (said on 10 February 2026, 2026-SU), "The
 * rail operator published the winter timetable" (said on 15 September 2026, 2026-WI), "the autumn
 * budget", "its fall lineup", "the club's summer transfer window": a season's schedule, timetable,
 * budget, programme, lineup, fixtures or transfer window, after "the" or an owner, is the season's
 * nearest (`nearestSeason`: the current one, or the coming or the one just gone, whichever is
 * nearer; one word may tell what the plan is of: "its winter gritting schedule", "its autumn
 * fixture list", a word in lower case: "the Winter Olympics schedule" is a name), whatever the tense ("unveiled its fall lineup" in August is the fall to come), in both
 * readings; the extent is the season's word. One released, published or announced in the sentence
 * is the current or the coming one, never one gone by (`scheduleAnnouncedSeason`: "The winter
 * fixtures list was released on Tuesday", said on 17 June 2026, 2026-WI). Not after another word ("last year's winter
 * timetable", "a summer schedule"), nor in a sentence with a year or a habit ("The winter
 * timetable usually starts in December").
 */
export const readSeasonSchedules: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(SEASON_SCHEDULE)) {
    if (LOWER_OWNER.test(m[1]!) || CAPITALISED.test(m[3] ?? '')) continue;
    const start = m.index + m[1]!.length;
    const end = start + m[2]!.length;
    if (isSeasonPlacedOrHabitual(text, start, end)) continue;
    const season = SEASON_CODES[m[2]!.toLowerCase()]!;
    const value =
      scheduleAnnouncedSeason(text, start, end, season, published) ??
      nearestSeason(season, published);
    readings.push(publishedSeasonReading(start, end, value, published));
  }
  return readings;
};
