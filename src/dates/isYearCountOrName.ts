import { APPROXIMATOR } from './readDurations.ts';
import { APPROXIMATOR_BEFORE } from './approximatorBefore.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { isYearNamingBody } from './isYearNamingBody.ts';
import { isYearOfCaseNumber } from './isYearOfCaseNumber.ts';
import { isYearOfSectionNumber } from './isYearOfSectionNumber.ts';
import { REGULAR_PAST } from './regularPast.ts';

// "About 2025 people attended", "nearly 1800 workers": a figure before the people or things it
// counts, after an approximator, is no year.
const COUNTED_AFTER =
  /^\s+(?:people|persons|workers|employees|jobs|residents|students|fans|visitors|passengers|soldiers|troops|protesters|demonstrators|homes|houses|deaths|cases|children|families|members|delegates|participants|attendees|runners|voters|patients|refugees|migrants)\b/i;
// "By around 2040 students will learn to code", "in about 2030": after a preposition of time the
// approximator hedges a year, not a count.
const TIME_PREPOSITION_BEFORE = new RegExp(
  `\\b(?:by|in|until|till|since|from|before|after)\\s+(?:${APPROXIMATOR})\\s+$`,
  'i',
);
// "The 1975 canceled the tour", "The 1975 are playing": a year after "the" with a verb right
// after it is a name (a band's); "the 1975 election" has its noun. Lower-case verbs only ("The
// 1986 Red Sox", "the 2016 United States election" are years), and a past form counts only
// before an object or the clause's end: before a noun it is an adjective ("The 2025 revised
// budget").
const NAME_VERB_AFTER = new RegExp(
  `^\\s+(?:(?:is|are|was|were|has|have|had|will|would|said|says)\\b|(?:${IRREGULAR_PAST}|${REGULAR_PAST})(?=\\s+(?:the|a|an|its|their|his|her|our|it|them|him|us)\\b|\\s*[.,;:!?]))`,
);

// "Room 1984", "Flight 2020", "Proposition 2012": a number after a capitalised noun that numbers
// rooms, flights, roads or ballot measures is that thing's number, not a year ("The room was
// booked in 1984" keeps its year).
const NUMBERED_NOUN_BEFORE =
  /\b(?:Room|Suite|Apartment|Apt\.|Unit|Flight|Gate|Platform|Terminal|Pier|Route|Highway|Interstate|Bus|Proposition|Prop\.|Resolution)\s+$/;

/**
 * Whether a bare year is a count ("About 2025 people"), a name ("The 1975 canceled", "the 1922
 * Committee": `isYearNamingBody`), a thing's number ("Room 1984"), part of a case number
 * ("2023-CR-1147": `isYearOfCaseNumber`) or the number of a statute's part ("Section 1990":
 * `isYearOfSectionNumber`).
 */
export function isYearCountOrName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 20), start);
  const after = text.slice(end, end + 30);
  const counted =
    APPROXIMATOR_BEFORE.test(before) &&
    !TIME_PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 40), start));
  return (
    NUMBERED_NOUN_BEFORE.test(before) ||
    isYearNamingBody(text, start, end) ||
    isYearOfCaseNumber(text, end) ||
    isYearOfSectionNumber(text, start, end) ||
    (counted && COUNTED_AFTER.test(after)) ||
    (/\bthe\s+$/i.test(before) && NAME_VERB_AFTER.test(after))
  );
}
