import { DAY_ORDINAL_WORD_SOURCE } from './dayOrdinalWords.ts';
import { MONTH_NAMES, MONTH_WORD_LOOSE_SOURCE, MONTH_WORD_SOURCE } from './monthNames.ts';
import { PLAN_WORDS } from './planParticiples.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A preposition that puts a month after it: "until May", "by May", "since May", "the end of May".
// "early", "mid" and "late" are left out: readPeriods reads "early May" whole.
export const PREPOSITION =
  'until|till|through|throughout|thru|by|before|after|from|to|since|of|during|into|around|between';
// A word that ends a range's first end ("March until May", "Friday to May 3"): chrono joins the
// two ends itself, and the connector must stay as it is for it to. So with a day's ordinal before
// "of" ("the 22nd of May", "the twenty second of May", "the first of May"): chrono reads the day
// of the month with its "of"; not a fraction counted ("a third of May sales", "the last third of
// May").
const RANGE_FIRST_END = `${MONTH_WORD_LOOSE_SOURCE}|\\d{1,4}(?:st|nd|rd|th)?|${WEEKDAY_PATTERN}|(?<!\\b(?:an?|one|two|three|four|first|second|last|final|middle)\\s+)${DAY_ORDINAL_WORD_SOURCE}`;
// What follows the name, not the month: "to May, who", "by May's aides", "after May said". A verb
// alone does not say it ("sales through May rose 3%").
const NAME_AFTER = `(?:['’]s\\b|,?\\s+(?:who|whose)\\b|\\s+(?:said|says|told|tells)\\b)`;
const PREPOSITION_BEFORE_MAY = new RegExp(
  `\\b(?=(?:${PREPOSITION})\\s+May\\b)(?<!\\b(?:${RANGE_FIRST_END})\\s+)(?:${PREPOSITION})\\s+(?=May\\b(?!${NAME_AFTER}))`,
  'gi',
);
// "It will be up to May to decide", "set for May to face a vote": "May", "to" and a verb is the one
// to act.
const TO_ACT_AFTER = /^May\s+to\s+[a-z]/;
// "scheduled for May", "set for May", "due for May": after a plan, "for" puts the month after it
// as "until" does; elsewhere "for May" is as often the person ("a victory for May"), and so it is
// with "to" and a verb after it ("set for May to face a vote") or after "needed" and "based"
// ("Support was needed for May").
const PLANNED_FOR_MAY = new RegExp(
  `(?<=\\b(?:${PLAN_WORDS}|pencill?ed\\s+in)\\s+)(?<!\\b(?:needed|based)\\s+)for\\s+(?=May\\b(?!${NAME_AFTER}))(?!${TO_ACT_AFTER.source.slice('^'.length)})`,
  'gi',
);
// What makes a "May" after a preposition not the month, told by case: "by May Day protesters"
// (the holiday, or part of a name), "sent to May and Johnson" (another name after "and"; a month
// there is another month: "by May and June"), "set for May and her guests" (a possessive after
// "and" is a person's company, when its noun ends the phrase: punctuation, a preposition or the
// end after it; "set for May and their allies are nervous" is the month), "appointed by May in
// 2016", "turned to May in the 2017 election" (a month is not put before "in" and a year).
const NOT_THE_MONTH_AFTER = new RegExp(
  `^May\\s+(?:Day\\b|and\\s+(?:([A-Z][a-z]+)\\b|(?:her|his|their)\\s+[a-z]+(?=\\s*(?:[.,;:!?)"”’]|$)|\\s+(?:${PREPOSITION}|in|on|at|with|for|about|over|against)\\b))|in\\s+(?:the\\s+)?\\d{4}\\b)`,
);
// "It will be up to May to decide": after "up to", "May" then "to" and a verb is the one to act.
const UP_TO_BEFORE = /\bup\s+to\s+$/i;

// "wrote to May", "a letter to May", "appealed to May", "loyal to May": after a word of writing,
// address or loyalty, "to" takes a person (a thing put off, "moved to May", "delayed to May", goes
// to the month). Not before a numbered day ("wrote to May 5 deadlines") or when the calendar or the
// month is what speaks. Turning is left out: "Attention turned to May elections" is the month, and
// "turned to May" is the person only in a text that names one (namesPersonMay).
const ADDRESSED_TO_BEFORE =
  /(?<!\b(?:calendar|page|month|spring|weather)\s+)\b(?:wr(?:ote|ites?|iting|itten)|letters?|messages?|notes?|pleas?|appeal(?:s|ed|ing)?|spoke|speak(?:s|ing)?|talk(?:s|ed|ing)?|loyal(?:ty)?|allegiance)\s+to\s+$/i;
const NUMBERED_AFTER_MAY = /^May\s+\d/;
// "between May and July", "between May and early June", "between May and the end of the year":
// after "between", May is the month only when a date follows "and" (or a number follows May);
// "Relations between May and her ministers", "the feud between May and the unions" are the person.
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const DATE_AFTER_AND = new RegExp(
  `^May\\s+(?:\\d|and\\s+(?:(?:(?:early|mid|late)[-\\s]+)?(?:${MONTH_WORD_SOURCE}|\\d|next\\b|this\\b|last\\b)|the\\s+(?:end|start|beginning|middle)\\s+of\\b))`,
  'i',
);

/** Whether the "May" at `start` follows a word that addresses "to" a person: "wrote to May". */
function addressedTo(text: string, start: number): boolean {
  return (
    ADDRESSED_TO_BEFORE.test(text.slice(Math.max(0, start - 40), start)) &&
    !NUMBERED_AFTER_MAY.test(text.slice(start))
  );
}

/** Whether the "May" at `start`, after a preposition, is by the words around it not the month. */
function notTheMonth(text: string, start: number): boolean {
  const after = NOT_THE_MONTH_AFTER.exec(text.slice(start));
  if (after && !(after[1] && (MONTH_NAMES as readonly string[]).includes(after[1].toLowerCase())))
    return true;
  if (addressedTo(text, start)) return true;
  if (
    BETWEEN_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
    !DATE_AFTER_AND.test(text.slice(start))
  ) {
    return true;
  }
  return (
    UP_TO_BEFORE.test(text.slice(Math.max(0, start - 12), start)) &&
    TO_ACT_AFTER.test(text.slice(start))
  );
}

// A person called May, named with a first name or a title ("Theresa May", "Mrs. May", "Prime
// Minister May"): in that text a bare "May" after a preposition is as likely the person.
const WORD_BEFORE_A_NAME = /\b(?:[A-Z][a-z]+|Mrs?\.?|Ms\.?|Dr\.?)\s+May\b(?!\s+\d)/g;
// Capitalised words that begin a sentence or a month phrase, not a name: "Until May", "Last May",
// "The May elections".
const NOT_A_FIRST_NAME =
  /^(?:The|A|An|That|Its|Their|Our|His|Her|In|On|At|Of|By|To|From|Until|Till|Through|Throughout|Since|Before|After|During|Into|Around|Early|Late|Mid|Last|Next|This|Each|Every|And|Or|But|Then|Also)$/;

// The start of a sentence or a clause: there any word is capitalised ("Between May and July",
// "Starting May, fares rise"), so a capital there makes no first name unless the words after
// "May" are a person's: a verb ("Theresa May met"), or "who", "said", "'s".
const CLAUSE_START = /(?:^|[.!?,;:]\s+|["“”‘’'(]\s*|\n\s*)$/;
const PERSON_AFTER_MAY = new RegExp(
  `^May(?:${NAME_AFTER}|\\s+(?!(?:and|or|to|through|thru|until|till)\\b)[a-z]+\\b)`,
);

/** Whether the text names a person May ("Theresa May", "Mrs. May"). */
function namesPersonMay(text: string): boolean {
  return [...text.matchAll(WORD_BEFORE_A_NAME)].some((m) => {
    const word = m[0].replace(/\s+May$/, '');
    if (NOT_A_FIRST_NAME.test(word)) return false;
    if (!/^[A-Z][a-z]+$/.test(word) || !CLAUSE_START.test(text.slice(0, m.index))) return true;
    return PERSON_AFTER_MAY.test(text.slice(m.index + m[0].length - 'May'.length));
  });
}

const NAME_AFTER_MAY = new RegExp(`^May${NAME_AFTER}`);

/**
 * Whether the "May" at `start` is the person: the text names someone May ("Theresa May"), the
 * words after it are a person's ("May, who", "May's aides", "May said"), or those before it
 * address it ("In a letter to May, …"). chrono lets a "May"
 * with a comma after it through ("a blow to May, she said"); this says when that is a name.
 *
 * @example isPersonMay('It was a blow to May, who said so.', 17) // true
 */
export function isPersonMay(text: string, start: number): boolean {
  return namesPersonMay(text) || NAME_AFTER_MAY.test(text.slice(start)) || addressedTo(text, start);
}

/**
 * The text with a preposition (or a plan's "for") before the month May written as "in", padded to
 * its length, so that chrono reads the month: chrono keeps a bare "May" only after "in", the word
 * being also a verb ("He may resign", "May I ask"). The modal is written small; the person
 * (`isPersonMay`) keeps the words before it as they are.
 *
 * @example prepositionBeforeMay('The trial was adjourned until May.')
 * // 'The trial was adjourned in    May.'
 */
export function prepositionBeforeMay(text: string): string {
  if (!text.includes('May') || namesPersonMay(text)) return text;
  const asIn = (words: string, offset: number) =>
    text.startsWith('May', offset + words.length) && !notTheMonth(text, offset + words.length)
      ? 'in'.padEnd(words.length)
      : words;
  return text.replace(PREPOSITION_BEFORE_MAY, asIn).replace(PLANNED_FOR_MAY, asIn);
}
