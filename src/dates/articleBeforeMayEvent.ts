import { YEARLY_BREAK_SOURCE } from './yearlyBreakMonthTense.ts';

// What a month may be the time of, named after it: a vote, a poll, a deadline, a sitting, a report,
// a contract, a school's or the nation's break ("the May primary", "the May local elections", "the
// May deadline", "the May jobs report", "The May contract fell 3%", read as a futures month where
// its price moves, "the May half-term", "the May bank holiday"), a railway's timetable or a
// strike ("The May timetable change will add 40 trains a day", "the May rail strikes"). At
// most two words in lower case between ("local", "council", "general", "jobs"), but none that
// makes "May" the person's ("the May government budget", "the May cabinet meeting").
const PERSONS_WORD =
  '(?:government|cabinet|administration|ministry|premiership|leadership|era|years)';
// An article right after the noun makes it a verb with its object ("the May camp strikes a more
// conciliatory tone"): a noun of what happens in the month takes no article after it.
const NOT_VERB_OF = String.raw`(?!\s+(?:a|an|the)\b)`;
const EVENT_NOUN = `(?:primar(?:y|ies)|elections?|polls?|votes?|ballots?|referendum|deadline|meetings?|budget|reports?|figures|data|sessions?|summit|conference|sitting|contests?|runoffs?|caucus(?:es)?|count|contracts?|timetables?|strikes?|walkouts?|${YEARLY_BREAK_SOURCE})`;

/**
 * The article before "May" and the noun of what happens in the month, written as "in" of the same
 * length before chrono reads the text: chrono keeps a bare "May" only after "in" (the word being
 * also a verb), so "the May primary" read nothing, where "the November election" read the month.
 * The article is then cut from the month's words (`maskedMayArticle`). Not "the May family", "the
 * May government" (no such noun after it), "the May government budget" (a word of the person's
 * between), nor a noun with an article after it, a verb ("the May camp strikes a more conciliatory
 * tone"), nor a text that names the person (`isPersonMay`, asked where the mask is written).
 */
export const ARTICLE_BEFORE_MAY_EVENT = new RegExp(
  String.raw`\b[Tt]he\s+(?=May\s+(?:(?!${PERSONS_WORD}\b)[a-z]+\s+){0,2}${EVENT_NOUN}\b${NOT_VERB_OF})`,
  'g',
);

/**
 * "Brent for May delivery": "for" before May and the delivery of a futures contract, written as
 * "in " of the same length, as the article before an event is; the month is then read as the
 * contract's (`isContractMonth`), where "for February delivery" was already read. Not "for May"
 * before anything else ("Reserve a table for May and her guests").
 */
export const FOR_MAY_DELIVERY = /\bfor\s+(?=May\s+delivery\b)/g;

/**
 * Whether the words chrono read from `start` open with an article written as "in" before May
 * (`ARTICLE_BEFORE_MAY_EVENT`), and how long it is: "the May primary" is read as "May".
 *
 * @example maskedMayArticle('in  May primary', 'the May primary') // 4
 */
export function maskedMayArticle(masked: string, original: string): number {
  const article = /^(?:the|for)\s+(?=May\b)/i.exec(original);
  return article && /^in\s/.test(masked) ? article[0].length : 0;
}
