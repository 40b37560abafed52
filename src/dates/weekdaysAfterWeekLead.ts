import { getDay } from 'date-fns';
import type { Mention } from '../model/mention.ts';
import { toLocalDate } from './calendarDate.ts';
import { isoWeekPlace } from './isoWeekPlace.ts';
import { shiftTimex } from './shiftTimex.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { sentenceAround } from './tenseAround.ts';
import { PART_OF_DAY_SOURCE, TIMEX_PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { REPORTING_VERBS } from './reportingVerbs.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from './weekdayNames.ts';

// "Looking ahead to next week: …", "A look at next week: …", "Next week in Nagano: …", "Coming
// up next week, …", "Next week on the program: …": a lead that opens its sentence naming next
// week alone, before a colon or a comma. Not "next week's" nor a lead that goes on to a clause of
// its own ("Next week the Pope flies to Cuba, and on Sunday …").
const NEXT_WEEK_LEAD =
  /^\s*(?:(?:looking|look)\s+ahead\s+to\s+|a\s+look\s+(?:at|ahead\s+to)\s+|coming\s+up\s+)?next\s+week(?!['’])(?:\s+(?:in|on|at|for)\s+[^:,.;!?]{1,40})?\s*[:,]/i;
// "Last week in review: …", "Looking back at last week: …": a lead naming last week, before a
// colon (or "in review" and a comma), whose weekdays are days of the week gone by. Not "Last
// week, …", which opens a clause of its own as often as a list.
const LAST_WEEK_LEAD =
  /^\s*(?:(?:looking\s+)?back\s+(?:at|on|to)\s+)?last\s+week(?!['’])(?:\s+in\s+review\s*[:,]|(?:\s+(?:in|on|at)\s+[^:,.;!?]{1,40})?\s*:)/i;
// A weekday named alone, or with its part of the day ("on Saturday night", "Thursday evening"),
// as either reading words it; the name is the first group.
const WEEKDAY_AND_PART = new RegExp(
  `^(?:on\\s+)?(${WEEKDAY_PATTERN})(?:\\s+(?:${PART_OF_DAY_SOURCE}))?$`,
  'i',
);
// A day's value, alone or with the part of the day TimeML mode gives it ("1998-02-26TEV"), the
// two kept apart.
const DAY_AND_PART = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})((?:T(?:${TIMEX_PART_OF_DAY_SOURCE}))?)$`);
// Another week or a weekday's own week named between the lead and the weekday.
const OTHER_WEEK = /\b(?:week|weekend|fortnight)\b/i;
// A verb of saying right before the weekday ("Next week, the White House said on Tuesday, the
// President leaves for Africa", "Next week, a spokesman said Monday, …"): the day of the saying,
// gone by, not one of the week the lead names.
const SAID_BEFORE = new RegExp(`\\b(?:${REPORTING_VERBS.join('|')})\\s+(?:on\\s+)?$`, 'i');

// "Next week, as on Thursday, the rink will be closed", "Next week, just as on Tuesday, …": an
// aside that compares the week with a day that has been, the latest of its name. The "on" is
// needed, asked before the weekday's name whether or not the mention holds it: a bare "as" is a
// cause ("the markets close early on Thursday, as Friday is a holiday") or a measure ("as early as
// Tuesday"), whose weekday stays in the week the lead names.
const AS_ON_BEFORE = /\b(?:just\s+|much\s+)?as\s+on\s+$/i;

/**
 * "Looking ahead to next week: on Wednesday the Pope arrives in Havana, and on Sunday he says
 * mass in Revolution Square", said on Friday 16 January 1998: a lead naming next week carries to
 * every bare weekday of its sentence, which are days of that week, where each alone was read as
 * the nearest of its name (Sunday the coming 18 January, not next week's 25th). Not a weekday in
 * another sentence, nor one after other words naming a week ("Next week: on Monday the talks
 * resume, a week after they broke off on Friday"), nor the day of a saying set in the sentence
 * ("Next week, a spokesman said Monday, the talks move to Geneva").
 *
 * A weekday with its part of the day is moved the same way, the part kept ("Looking ahead to next
 * week: on Saturday night the Council meets in closed session", said on Tuesday 17 March 1998,
 * `1998-03-28`, TimeML `1998-03-28TNI`).
 *
 * A weekday of an aside that compares next week with a day gone by is that day, the latest of its
 * name ("Next week, as on Thursday, the rink will be closed to the public", said on Tuesday 17
 * February 1998, `1998-02-12`).
 *
 * So too a lead naming last week ("Last week in review: on Monday the Senate voted …", said on
 * Monday 9 March 1998, Monday `1998-03-02`, not the day of publication).
 *
 * @example weekdaysAfterWeekLead(text, [wednesday0121, sunday0118], '1998-01-16')
 * // [wednesday0121, { …, value: '1998-01-25' }]
 */
export function weekdaysAfterWeekLead(
  text: string,
  mentions: Mention[],
  published: string,
): Mention[] {
  const place = isoWeekPlace(getDay(toLocalDate(published)));
  return mentions.map((m) => {
    const bare = WEEKDAY_AND_PART.exec(m.text);
    const day = DAY_AND_PART.exec(m.value);
    if (!bare || !day) return m;
    const { before } = sentenceAround(text, m.start, m.end);
    const next = NEXT_WEEK_LEAD.exec(before);
    const lead = next ?? LAST_WEEK_LEAD.exec(before);
    if (!lead || OTHER_WEEK.test(before.slice(lead[0].length))) return m;
    const near = text.slice(Math.max(0, m.start - 40), m.start);
    if (SAID_BEFORE.test(near)) return m;
    const weekday = weekdayNumber(bare[1]!);
    const nameAt = m.start + m.text.indexOf(bare[1]!);
    const amount = (next ? 7 : -7) - place + isoWeekPlace(weekday);
    const ofWeek =
      next && AS_ON_BEFORE.test(text.slice(Math.max(0, nameAt - 40), nameAt))
        ? weekdayByTense(weekday, published, 'past')
        : shiftTimex(published, { amount, unit: 'day' });
    const value = ofWeek + day[2]!;
    return value === m.value ? m : { ...m, value };
  });
}
