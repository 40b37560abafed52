import { sentencesBetween } from './sentenceEnds.ts';
import { FUTURE_MODAL_SOURCE } from './modals.ts';
import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';
import { PLAN_AFTER_WAS, tenseAround } from './tenseAround.ts';
import type { Span } from './Span.ts';

// A blank line: the paragraph ends there.
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;
// The same, for every break in a stretch.
const PARAGRAPH_BREAKS = new RegExp(PARAGRAPH_BREAK.source, 'g');
// A clause set off by a comma that describes a noun: a which or who clause ("the plant, which
// opened on March 3, 1998, …", "Mr. Lee, who was born on May 2, 1950, …") or one of the noun's
// origin ("The company, founded on May 1, 1990, …"). With its year written out, its date is
// background to the noun, not the day of the sentence's news. Other participles tell the news
// itself ("Rescuers, called on Oct. 23, 2024, arrived at 10 p.m."), as does a clause without the
// year ("The vote, held on Monday, ended at 9 p.m."); nor is a plan's date ("The hearing,
// scheduled for Jan. 5, 2026, will begin at 9 a.m.") background.
const DESCRIBING_CLAUSE =
  /,\s*(?:which|who|whose|whom|founded|born|built|established|opened|formed|created|launched|set up)\b[^,;:()]*$/i;
const PLAN =
  /\b(?:scheduled|set(?!\s+up\b)|planned|slated|due|expected|postponed|delayed|moved|rescheduled|pushed)\b/i;
const YEAR = /\b\d{4}\b/;
// The day of the news as a news story names it: a weekday or "yesterday", with its preposition,
// and perhaps the clock or the part of the day it is told with ("Polls opened yesterday at 7
// a.m.", "on Monday morning"): the day is still the news's.
const NEWS_DAY = new RegExp(
  `^(?:on\\s+)?(?:${WEEKDAY_PATTERN}|yesterday)(?:\\s+(?:at\\s+)?\\d{1,2}(?:[:.]\\d{2})?\\s*[ap]\\.?m\\.?|\\s+(?:${PART_OF_DAY_SOURCE}))?$`,
  'i',
);
// A day a paragraph names: a weekday, "yesterday", "today", "tonight", "last night", or a day and
// month ("Oct. 11", "11 October").
const DAY_NAMED = new RegExp(
  `\\b(?:${WEEKDAY_PATTERN}|yesterday|today|tonight|last\\s+night|${MONTH_WORD_SOURCE}\\.?\\s+\\d{1,2}\\b|\\d{1,2}\\s+${MONTH_WORD_SOURCE})`,
  'gi',
);
// The future seen from a past day: "officials said the talks would begin at 3 p.m.", "the talks
// were due to begin at 3 p.m.", "the minister was to speak at 3 p.m.". The clock is still that
// day's, though the clause looks ahead.
const FUTURE_IN_PAST = new RegExp(`\\b(?:would|(?:was|were)\\s+(?:${PLAN_AFTER_WAS}))\\b`, 'i');

// A clause that tells no event of the day before the break: the past perfect ("He had been seen
// leaving the pub at 11pm"), a habit ("It used to open at 6am", "For forty years it opened at
// 6am", "Bells had rung there at noon every day"), or a court's account of the crime ("The court
// heard he attacked the victim at about 2am").
const NOT_THAT_DAYS_EVENT =
  /\b(?:had|used\s+to|every|each|always|usually|for\s+\w+\s+(?:years|decades)|since|(?:court|jury|jurors|inquest|trial|tribunal|hearing)\s+(?:was\s+|were\s+)?(?:heard|told))\b/i;
// The end of something told that day ("Polls closed on Thursday", "The talks ended on Monday").
const DAY_ENDED = /\b(?:closed|ended|finished|concluded|wound\s+up)\b/i;
// A clock in the small hours, before 6 a.m. ("at 3am", "at 4:10 a.m.", "at midnight").
const SMALL_HOURS = /(?:\b(?:0?[0-5]|12)(?:[:.]\d{2})?\s*a\.?m\b|\bmidnight\b)/i;

// A clock's sentence told ahead with a modal of the future ("Results will be announced at noon"):
// tenseAround may read the participle as past, so the modal itself is looked for.
const FUTURE_MODAL = new RegExp(FUTURE_MODAL_SOURCE, 'i');

// The clock's sentence: from the paragraph break before it to the next sentence end after it.
function clockSentence(text: string, between: string, clock: Span): string {
  const opens = between.split(PARAGRAPH_BREAK).pop() ?? '';
  const rest = /^[^.!?]*/.exec(text.slice(clock.end))?.[0] ?? '';
  return opens + text.slice(clock.start, clock.end) + rest;
}

// Only the sentence before counts, so only its end needs finding: the last 1,000 characters
// nearly always hold two sentence ends, and the whole stretch is read only when they do not (an
// article full of clock times would otherwise be read again from the story's day for each one).
function withinSentenceBefore(text: string, from: number, to: number): boolean {
  const window = Math.max(from, to - 1000);
  const ends = sentencesBetween(text, window, to);
  return ends > 1 || window === from ? ends <= 1 : sentencesBetween(text, from, to) <= 1;
}

// How many days the paragraph holding `at` names.
function daysInParagraph(text: string, at: number): number {
  const before = text.slice(0, at);
  let from = 0;
  for (const m of before.matchAll(PARAGRAPH_BREAKS)) from = m.index + m[0].length;
  const after = PARAGRAPH_BREAK.exec(text.slice(at));
  const to = after ? at + after.index : text.length;
  return [...text.slice(from, to).matchAll(DAY_NAMED)].length;
}

/**
 * Whether a bare clock time ("at 3 p.m.") is on the day `named` before it names: only when that
 * day is in its sentence or the one just before, in its paragraph ("…founded on Jan. 15, 2019.
 * ⏎⏎ At 3 p.m., the board met" is not that day's), or across one paragraph break when both are
 * told in the past and the day is a weekday or "yesterday" (with its clock or part of the day or
 * not), the only day its paragraph names ("…won at Lord's yesterday. ⏎⏎ …bowled out shortly after
 * 5pm", not "…early Monday, ending an ordeal that began late Thursday. ⏎⏎ …emerged at 4:10 a.m.");
 * not when the day is told in a clause that describes a noun, with its year, and the clock outside
 * it ("The company, founded on May 1, 1990, will announce results at 3 p.m."); nor when the clock's
 * clause is told in another tense than the day's (a plan "will announce … at 3 p.m." is not on a
 * day gone by), unless it is the future seen from that day ("On Monday, officials said the talks
 * would begin at 3 p.m."). The day named comes before the clock.
 *
 * @example clockTakesDay(text, octoberTwentyThird, atTenPm)
 * // true for "On Oct. 23, 1998, the warehouse caught fire. At 10 p.m., the roof fell in."
 */
export function clockTakesDay(text: string, named: Span, clock: Span): boolean {
  if (!withinSentenceBefore(text, named.start, clock.start)) return false;
  const between = text.slice(named.end, clock.start);
  const paragraphs = between.split(PARAGRAPH_BREAK).length - 1;
  // "England won at Lord's yesterday. ⏎⏎ Australia were bowled out shortly after 5pm": a news
  // paragraph is often one sentence, and the day of the news named by a weekday or "yesterday",
  // its story told in the past across one break, is still the clock's (not a date: "The ferry
  // left port on March 3. ⏎⏎ At 6 a.m. it sank.").
  if (paragraphs > 1) return false;
  if (paragraphs === 1 && !NEWS_DAY.test(text.slice(named.start, named.end))) return false;
  // "Rescuers pulled the last miners out early Monday, ending an ordeal that began when a gallery
  // collapsed late Thursday. ⏎⏎ The final miner emerged at 4:10 a.m.": a paragraph that names
  // more than one day gives no single day to carry across its break.
  if (paragraphs === 1 && daysInParagraph(text, named.start) > 1) return false;
  // Across the break, the clock must tell that day's own event: not a past perfect, a habit or a
  // court's account ("…jailed on Friday. ⏎⏎ The court heard he attacked the victim at about
  // 2am"), nor a clock told with "will" ("Results will be announced at noon"), nor the small
  // hours after something that day ended, which fall on the day after ("Polls closed on
  // Thursday. ⏎⏎ The result was declared at 3am").
  if (paragraphs === 1) {
    const sentence = clockSentence(text, between, clock);
    if (NOT_THAT_DAYS_EVENT.test(sentence) || FUTURE_MODAL.test(sentence)) return false;
    const dayParagraph = between.split(PARAGRAPH_BREAK)[0] ?? '';
    const lead = text.slice(Math.max(0, named.start - 200), named.start) + dayParagraph;
    if (
      SMALL_HOURS.test(text.slice(clock.start, clock.end)) &&
      DAY_ENDED.test(lead.split(PARAGRAPH_BREAK).pop() ?? '')
    )
      return false;
  }
  const clause = DESCRIBING_CLAUSE.exec(text.slice(Math.max(0, named.start - 80), named.start));
  const background =
    clause !== null &&
    !PLAN.test(clause[0]) &&
    YEAR.test(text.slice(named.start, named.end)) &&
    /[,;:()]/.test(between);
  if (background) return false;
  const dayTense = tenseAround(text, named.start, named.end);
  const clockTense = tenseAround(text, clock.start, clock.end);
  if (paragraphs === 1) return dayTense === 'past' && clockTense === 'past';
  if (dayTense === 'past' && clockTense === 'future') return FUTURE_IN_PAST.test(between);
  // "On Monday, the minister was to speak at 3 p.m., aides said": the plan's day is ahead, the
  // clock read in the past by the saying after it; the plan joins them all the same.
  if (dayTense === 'future' && clockTense === 'past') return FUTURE_IN_PAST.test(between);
  return dayTense === 'unknown' || clockTense === 'unknown' || dayTense === clockTense;
}
