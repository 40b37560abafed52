import { DETERMINER } from './determiner.ts';
import { MODALS } from './modals.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import type { MonthTurner } from './MonthTurner.ts';
import { monthsAhead } from './monthsAhead.ts';

// Nouns of figures that are released: "data", "figures", "payrolls".
const RELEASE_NOUNS = 'data|figures|numbers|statistics|readings?|payrolls';
// Nouns of figures that are reported, but also forecast: "results", "sales", "the unemployment
// rate", and the monthly indicators ("Producer prices for September", "Factory orders for August",
// "the September trade deficit", "housing starts").
const REPORTED_NOUNS =
  'results|sales|earnings|inflation|rates?|index|prices|orders|output|production|spending|income|exports|imports|deficits?|surplus|GDP|claims|starts|permits|sentiment|confidence';
// "The data for October", "figures for September", "payrolls for March": a month whose figures
// are released, which is over by the time they are spoken of.
const RELEASE_NOUN_BEFORE = new RegExp(`\\b(?:${RELEASE_NOUNS})\\s+for\\s+$`, 'i');
// "The jobs report for February is due on Friday", "the employment report for November": a
// report named as a noun (after an article, an owner or a word of what it reports on) for a month
// is a month of figures too, as "the February jobs report" is. Not the verb ("Recruits report for
// January", no such word before it; "The players will report for July camp", a modal or an
// auxiliary between).
const NOT_AUXILIARY = `(?!(?:${MODALS}|to|do|does|did|not|also|then|is|are|was|were|has|have|had)\\b)`;
const REPORT_FOR_BEFORE = new RegExp(
  `\\b(?:${DETERMINER}|jobs|employment|payrolls?|labou?r|inflation|monthly|official|government|jobless)\\s+(?:${NOT_AUXILIARY}[a-z-]+\\s+){0,2}?reports?\\s+for\\s+$`,
  'i',
);
// "Sales for February will be released on Friday": other reported nouns name a month of figures
// only with a verb of release after them; "Sales for December will be boosted" is a forecast, and
// so is "Sales for February are due to double next year".
const REPORTED_NOUN_BEFORE = new RegExp(`\\b(?:${REPORTED_NOUNS})\\s+for\\s+$`, 'i');
// "Retail sales in December will be published next week": any of these nouns with "in" names a
// month of figures only with a verb of release after it too; "Payrolls in March will rise" and
// "Inflation in December will ease" are forecasts.
const REPORTED_NOUN_IN_BEFORE = new RegExp(
  `\\b(?:${RELEASE_NOUNS}|${REPORTED_NOUNS})\\s+in\\s+$`,
  'i',
);
// Up to three words that may stand between a month and the noun it dates ("the October jobs
// report", "the June retail sales numbers"), but no word that opens a phrase or a clause of its
// own: "the June deadline for the report" dates a deadline, not a report.
const NOUN_MODIFIERS =
  '(?:(?!(?:the|an?|for|of|to|and|or|in|on|at|by|with|from|is|are|was|were|will|be|its|their|that|which)\\b)[a-z][a-z-]*\\s+){0,3}?';
// What may follow the noun of figures when it ends its phrase: a mark, a function word, a verb or
// a day ("the October employment report tomorrow" too). Another noun after it makes it a
// modifier: "the March data center launch" and "the July statistics conference" date a launch and
// a conference, which are ahead.
const PHRASE_ENDS = `(?=\\s*(?:[^\\w\\s]|$)|\\s+(?:the|an?|for|of|to|and|or|in|on|at|by|with|from|that|which|is|are|was|were|will|would|could|should|may|might|can|has|have|had|be|been|shows?|showed|comes?|came|due|out|released|published|issued|expected|scheduled|next|this|later|today|tonight|tomorrow|${WEEKDAY_PATTERN})\\b)`;
// "the October jobs report", "the September inflation figures", "the June report on producer
// prices": a month set before a noun of released figures names the month they cover, as "the data
// for October" does. A report is released once its month is over.
// An owner's "'s" on the month too: "will release November's durable goods report Thursday".
const MONTH_OF_RELEASE = new RegExp(
  `^${MONTH_WORD_SOURCE}(?:\\.|['’]s)?\\s+${NOUN_MODIFIERS}(?:${RELEASE_NOUNS}|reports?)${PHRASE_ENDS}`,
  'i',
);
// "The September consumer price index will be released Thursday": a reported noun after the month
// names a month of figures only with a verb of release after it, as with "for" ("October sales
// will be strong" is a forecast).
const MONTH_OF_REPORTED = new RegExp(
  `^${MONTH_WORD_SOURCE}\\.?\\s+${NOUN_MODIFIERS}(?:${REPORTED_NOUNS})${PHRASE_ENDS}`,
  'i',
);
// "December sales will be reported Thursday", "November figures will be announced Monday": a
// passive of reporting releases them as "released" does. Only after "be": "Sales in March will
// rise, the company reported" is a forecast reported.
const RELEASE_VERB =
  /\b(?:released|published|issued|be\s+(?:reported|announced)|due(?!\s+to\b)|out)\b/i;
// "The government will report October retail sales next week", "will release its September
// housing starts on Tuesday": a verb of release right before the month (an owner or article
// between at most) releases the month's figures, as a participle of release after them does. Not
// figures that are the subject of a clause of their own, with a modal or "be" after them
// ("Analysts will report October sales will rise", a forecast).
const RELEASE_VERB_BEFORE = new RegExp(
  `\\b(?:releases?|releasing|publish(?:es|ing)?|issues?|issuing|reports?|reporting|posts?|posting)\\s+(?:${DETERMINER}\\s+)?$`,
  'i',
);
const CLAUSE_SUBJECT = new RegExp(
  `^${MONTH_WORD_SOURCE}\\.?\\s+${NOUN_MODIFIERS}(?:${REPORTED_NOUNS})\\s+(?:${MODALS}|is|are|was|were)\\b`,
  'i',
);
// "ahead of Thursday's report on August housing starts", "before tomorrow's release of September
// retail sales": a report, a release or figures "on" or "of" a month's reported noun are figures of
// that month, released once it is over, as "the August housing starts report" is.
const REPORT_ON_BEFORE = new RegExp(
  `\\b(?:reports?|releases?|${RELEASE_NOUNS})\\s+(?:on|of)\\s+(?:${DETERMINER}\\s+)?$`,
  'i',
);
/** How many months behind publication a month of figures may be to be read as gone by. */
const BEHIND_MONTHS = 3;

/**
 * The tense to read a month named without a year by: a month of figures one to three months
 * behind publication ("The data for October will be released next week", "The October jobs report
 * is due Friday", said in November; "ahead of Thursday's report on August housing starts", said in
 * September) is the one gone by, whatever "will" or "due" says of the
 * release. `after` is the text from the month on.
 *
 * @example
 * reportedMonthTense('The data for ', 'October will be released', 10, '2024-11-08', 'future')
 * // 'past'
 */
export const reportedMonthTense: MonthTurner = (before, after, month, published, tense) => {
  if (tense !== 'future') return tense;
  const release =
    RELEASE_NOUN_BEFORE.test(before) ||
    REPORT_FOR_BEFORE.test(before) ||
    MONTH_OF_RELEASE.test(after) ||
    ((REPORTED_NOUN_BEFORE.test(before) ||
      REPORTED_NOUN_IN_BEFORE.test(before) ||
      MONTH_OF_REPORTED.test(after)) &&
      RELEASE_VERB.test(after)) ||
    (REPORT_ON_BEFORE.test(before) && MONTH_OF_REPORTED.test(after)) ||
    (RELEASE_VERB_BEFORE.test(before) &&
      MONTH_OF_REPORTED.test(after) &&
      !CLAUSE_SUBJECT.test(after));
  if (!release) return tense;
  const behind = (12 - monthsAhead(month, published)) % 12;
  return behind >= 1 && behind <= BEHIND_MONTHS ? 'past' : tense;
};
