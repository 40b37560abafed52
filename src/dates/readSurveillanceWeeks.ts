import { toLocalDate } from './calendarDate.ts';
import { nearestIsoWeekYear } from './nearestIsoWeekYear.ts';
import { pad } from './parseChrono.ts';
import type { Pass, Reading } from './Reading.ts';
import { sentenceAt } from './sentenceEnds.ts';
import { weekNearNamedYear } from './weekNearNamedYear.ts';

// "flu activity rose in week 47", "rising since week 44", "in week 52 or week 1", "epidemiological
// week 47", "in week 52 of 2025": weekly surveillance figures (CDC's FluView, the UKHSA's and
// ECDC's reports) are dated by the number of the week in the year. A word of surveillance before
// the week, or the year after it, makes any such number one; a bare "in week 47" ("during",
// "since", "by", "or" …) is one only in a sentence of reported figures (cases, admissions,
// positivity …) that names no trial, patient, dose, pregnancy or team's players, whose "at week
// 52", "in week 12 of treatment" count weeks from a start of their own, nor a game's season ("Week
// 10" of a league). A week followed by "of" and anything but a year is counted from that thing
// ("week 3 of the strike").
const NAMED_WEEK =
  /\b(?:(?:epidemiological|epidemiologic|epi|surveillance|reporting|calendar|ISO)\s+week\s+|week\s+(?=\d{1,2}\s+of\s+\d{4}\b))(\d{1,2})(?:\s+of\s+(\d{4}))?\b/gi;
const BARE_WEEK =
  /(?<=\b(?:[Ii]n|[Bb]etween|[Dd]uring|[Ff]or|[Ss]ince|[Ff]rom|[Uu]ntil|[Tt]hrough|[Bb]efore|[Aa]fter|[Bb]y|or|and|to)\s+)week\s+(\d{1,2})\b(?!\s+of\b|[-–]\d|\.\d)/g;
const FIGURES =
  /\b(?:flu|influenza|covid(?:-19)?|rsv|norovirus|measles|cases|infections|positivity|admissions|hospitali[sz]ations|deaths|surveillance|activity|emergency\s+department\s+visits)\b/i;
// A team's players, coach or squad count their weeks by the season's ("hit the squad in week 9").
const OWN_START =
  /\b(?:trials?|study|studies|patients?|participants?|volunteers?|placebo|doses?|dosing|treatment|therapy|pregnan\w*|gestation\w*|baby|league|game|games|NFL|playoffs?|players?|coach(?:es)?|squad|roster|team)\b/i;
// "In the latest reporting week 12 deaths were recorded": a number before a count of people or
// cases is that count, and the week is the one before it, unnumbered.
const COUNT_AFTER =
  /^\s+(?:new\s+|more\s+|additional\s+|further\s+)?(?:cases|deaths|infections|admissions|people|patients|children|adults|residents)\b/i;
// "in week 3 after the holidays", "week 2 since the drive began": a week counted from an event.
const COUNTED_FROM_AFTER = /^\s+(?:after|since|into|post)\b/i;

/**
 * The ISO week `week` of the year nearest publication: said in January, "week 52" is the last
 * year's; said in December, "week 1" the next year's.
 */
export function nearestWeekOfYear(week: number, published: string): string {
  const pub = toLocalDate(published);
  return weekValue(nearestIsoWeekYear(week, pub, pub.getFullYear()), week);
}

/** A week without its year: the year another week of its sentence writes, else publication's. */
function weekInSentence(
  week: number,
  text: string,
  m: RegExpMatchArray,
  published: string,
): string {
  const year = weekNearNamedYear(week, sentenceAt(text, m.index!, m.index! + m[0].length));
  return year === null ? nearestWeekOfYear(week, published) : weekValue(year, week);
}

/** Whether the week's number is followed by people or cases, whose count it is. */
function isCountAfter(text: string, m: RegExpMatchArray): boolean {
  const end = m.index! + m[0].length;
  return COUNT_AFTER.test(text.slice(end, end + 30));
}

function weekValue(year: number, week: number): string {
  return `${year}-W${pad(week)}`;
}

function reading(m: RegExpMatchArray, value: string, published: string): Reading {
  return {
    start: m.index!,
    end: m.index! + m[0].length,
    priority: 2,
    resolve: () => ({
      type: 'DATE',
      value,
      granularity: 'week',
      anchor: { kind: 'published', date: published },
    }),
  };
}

/**
 * A week of the year by its number, as surveillance reports date their figures: "Flu activity
 * rose in week 47", said 4 December 2026, is `2026-W47`; "in week 52 of 2025" `2025-W52`.
 */
export const readSurveillanceWeeks: Pass = (text, { published }) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(NAMED_WEEK)) {
    const week = Number(m[1]);
    if (week < 1 || week > 53 || isCountAfter(text, m)) continue;
    const value = m[2] ? weekValue(Number(m[2]), week) : weekInSentence(week, text, m, published);
    readings.push(reading(m, value, published));
  }
  for (const m of text.matchAll(BARE_WEEK)) {
    const week = Number(m[1]);
    if (week < 1 || week > 53 || isCountAfter(text, m)) continue;
    const end = m.index + m[0].length;
    if (COUNTED_FROM_AFTER.test(text.slice(end, end + 8))) continue;
    const sentence = sentenceAt(text, m.index, end);
    if (!FIGURES.test(sentence) || OWN_START.test(sentence)) continue;
    readings.push(reading(m, weekInSentence(week, text, m, published), published));
  }
  return readings;
};
