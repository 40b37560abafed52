import type { Pass, Reading } from './Reading.ts';
import { nearestSeason } from './nearestSeason.ts';
import { publishedSeasonReading } from './publishedSeasonReading.ts';
import { scheduleAnnouncedSeason } from './scheduleAnnouncedSeason.ts';
import { SEASON_CODES } from './seasonNames.ts';
import { isSeasonPlacedOrHabitual, toldSeasonValue } from './toldSeasonValue.ts';

// "the", an owner ("the chancellor's", "the party's", "its"), a lowercase season, a sitting or an
// event of an institution's year. An owner has a capital or "the": "last year's autumn conference"
// is a time, no owner. Not a collection: a fashion house's "spring collection" shown in September
// is next spring's, one in stores in March this spring's, by neither tense nor nearness.
const INSTITUTION_SEASON =
  /\b((?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.]*['’]s|[Tt]he\s+[a-z]+['’]s)\s+)(summer|autumn|fall|winter|spring)\s+(?:statement|conference|meetings?|session|sitting|congress|summit|season|exhibition|calendar)s?\b/g;

/**
 * "The chancellor's spring statement offered little for councils" (said on 27 March 2026,
 * 2026-SP), "Delegates gathered for the party's autumn conference" (said on 21 September 2026,
 * 2026-FA), "The theatre's winter season will open with Hamlet" (said on 9 June 2026, 2026-WI): a
 * season before a statement, a conference, meetings, a session, a summit, a season,
 * an exhibition or a calendar of an institution's year, after "the" or an owner, is the current or
 * coming one where the sentence announces it ("The theatre unveiled its winter season", said on 3
 * June 2026, 2026-WI; `scheduleAnnouncedSeason`), else the season by tense (`toldSeasonValue`), or
 * else the nearest (`nearestSeason`), in both readings; the extent is the season's word. Not a
 * capital ("the Spring Conference", a name), nor after a lowercase possessive ("last year's autumn
 * conference"), nor in a sentence with a year or a habit ("The spring meetings are usually held in
 * April"), nor a collection ("The fashion house showed its spring collection", said in September:
 * next spring's).
 */
export const readInstitutionSeasons: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(INSTITUTION_SEASON)) {
    const start = m.index + m[1]!.length;
    const end = start + m[2]!.length;
    if (isSeasonPlacedOrHabitual(text, start, end)) continue;
    const season = SEASON_CODES[m[2]!]!;
    const value =
      scheduleAnnouncedSeason(text, start, end, season, published) ??
      toldSeasonValue(text, start, end, published) ??
      nearestSeason(season, published);
    readings.push(publishedSeasonReading(start, end, value, published));
  }
  return readings;
};
