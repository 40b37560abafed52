import { differenceInCalendarDays, isMonday, isWeekend, subDays } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { CHANGE_VERB } from './changeVerb.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';
import type { Anchor, Pass, Reading } from './Reading.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { toTimex } from './toTimex.ts';

// "For the week, the S&P 500 rose 1.6%", "The Nasdaq lost 3% over the week", "The index gained 4%
// for the month": a market wrap's tally of the week or month it closes. chrono-node and the period
// rules read "for the year" only. Only after "for" or "over" and with a move of a price or a figure
// in the sentence (a verb of change, "gained", "lost", or a percentage): "closed for the week" or
// "a plan for the month ahead" are no tally. The news reading only: the tuning part's one such
// week ("for the week") is written `1989-WXX`, a week left unnamed, which the guidelines do not
// give, so TimeML mode leaves it unread as before rather than give a value its annotators did not.
const WRAP_PERIOD =
  /(?<=\b(?:[Ff]or|[Oo]ver)\s+)the\s+(week|month)\b(?!\s*(?:ahead|before|after|of|ended|ending|to|that|when|in\b|['’-]))/g;
const MOVE = new RegExp(
  `\\b(?:${CHANGE_VERB}|gained|gains?|lost|loses|added|adds|shed|sheds|advanced|tumbled|slipped|eased|rallied|sank|plunged|soared|surged)\\b|\\d\\s*(?:%|percent\\b|per\\s+cent\\b|points?\\b)`,
  'i',
);
// A month named just before, at most three back, is the one the tally closes ("Retail sales rose
// 0.4% in October. For the month, clothing sales rose 1%"), and a week named just before is that
// week ("last week … For the week, …"); a day named before says nothing of which week or month.
const NEAR_MONTH_DAYS = 92;
// A year named before it in its sentence ("In October 2008, the Dow lost 18% for the week") moves
// the wrap to that time, which the last session does not tell: left unread unless it is the
// session's own year. A year after it ("its best week since 2020") is a comparison and is kept.
const YEAR = /\b(?:19|20)\d\d\b/g;

/** Whether the sentence before `index` names a year other than the last session's. */
function otherYearBefore(text: string, index: number, published: string): boolean {
  const before = text.slice(sentenceStartAt(text, index), index);
  const year = String(lastSession(published).getFullYear());
  return [...before.matchAll(YEAR)].some((y) => y[0] !== year);
}

// A wrap told in the past ("finished down 216 points for the week", "Stocks fell for the week"),
// no modal or present after its past verb: on a Monday it is the week or month that closed on
// Friday, as a Monday's paper tells it.
const PAST_WRAP = new RegExp(
  String.raw`\b(?:was|were|${IRREGULAR_PAST}|${REGULAR_PAST})\b(?![^.!?]*\b(?:is|are|will|would|shall|may|might|could|should)\b)`,
  'i',
);

// A closing attribution tells no past of the wrap ("Gold is down $5 an ounce for the week, dealers
// reported"): it is set aside before the wrap's own verb is looked for.
const CLOSING_ATTRIBUTION =
  /,\s*(?:[\w.'’-]+\s+){0,4}(?:said|reported|noted|added|say|says)\s*[.!?"”]*\s*$/i;

/**
 * The last weekday on or before `published`: a weekend's wrap tallies the week or month it closed,
 * and so does a Monday's told in the past (`past`).
 */
function lastSession(published: string, past = false): Date {
  let day = toLocalDate(published);
  if (past && isMonday(day)) day = subDays(day, 1);
  while (isWeekend(day)) day = subDays(day, 1);
  return day;
}

/** The week or month named just before that the tally closes, if there is one. */
function namedBefore(unit: 'week' | 'month', session: Date, before: Anchor): string | undefined {
  if (before.source.kind !== 'mention') return undefined;
  if (unit === 'week') return /^\d{4}-W\d{2}$/.test(before.value) ? before.value : undefined;
  if (!/^\d{4}-\d{2}$/.test(before.value)) return undefined;
  const back = differenceInCalendarDays(session, toLocalDate(`${before.value}-01`));
  return back >= 0 && back <= NEAR_MONTH_DAYS ? before.value : undefined;
}

/** "for the week", "over the month" in a market wrap: the week or month of its last session. */
export const readMarketWrapPeriods: Pass = (text, { published, timeml }) =>
  (timeml ? [] : [...text.matchAll(WRAP_PERIOD)])
    .filter((m) => MOVE.test(sentenceAt(text, m.index, m.index + m[0].length)))
    .filter((m) => !otherYearBefore(text, m.index, published))
    .map((m): Reading => {
      const unit = m[1]!.toLowerCase() as 'week' | 'month';
      return {
        start: m.index,
        end: m.index + m[0].length,
        priority: 2,
        anaphoric: true,
        resolve: (context) => {
          const sentence = sentenceAt(text, m.index, m.index + m[0].length);
          const session = lastSession(
            published,
            PAST_WRAP.test(sentence.replace(CLOSING_ATTRIBUTION, '')),
          );
          const named = namedBefore(unit, session, context.anaphoric);
          return {
            type: 'DATE',
            value: named ?? toTimex(session, unit),
            granularity: unit,
            anchor: named ? context.anaphoric.source : { kind: 'published', date: published },
          };
        },
      };
    });
