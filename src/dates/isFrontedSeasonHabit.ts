import { HABIT_WORD } from './habitWord.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';

// "In winter" opening its sentence, or a clause after a semicolon; "During (the) winter" and "In
// the winter" only with a word of habit in the clause (HABIT_WORD).
const OPENS_BARE = /(?:^|[.!?;]["'”’]?\s+)$/;
const OPENS_DURING = /(?:^|[.!?;]["'”’]?\s+)During\s+$/;
const OPENS_IN_THE = /(?:^|[.!?;]["'”’]?\s+)In\s+$/;
// The season's clause, up to the end of its sentence, a semicolon or a conjunction of contrast
// that opens another clause ("In winter the shop usually closes at 4pm, but this winter it will
// stay open": "this winter" and "will" are the other clause's). Not "though" set off by commas,
// an aside of the season's own clause ("In spring, though, ministers changed course").
const CLAUSE = /^[^.!?;]*?(?=,?\s+(?:but|though|although|whereas)\b(?!,)|[.!?;]|$)/i;
// What tells one season, not every one: a modal, a past verb (not a participle after a form of
// "be" or "get" and an adverb: "the pass is often closed"), "had", a plan or a progressive ("is
// planning", "are set to"), a year or a season counted ("this year", "in 2024", "this winter").
const ONE_SEASON = new RegExp(
  String.raw`\b(?:${MODALS}|won['’]t|had|did|was|were|going\s+to|(?:plans?|set|due|expected|scheduled|hopes?)\s+to|(?:is|are|am)\s+\w+ing|(?:this|last|next)\s+(?:year|winter|summer|spring|autumn|fall)|(?:1[89]|20)\d\d)\b|\w['’]ll\b|(?<!\b(?:is|are|be|been|get|gets)\s+(?:(?:[a-z]+ly|often|always|never|still|not)\s+)?)\b(?:${IRREGULAR_PAST}|(?!hundred\b)[a-z]+[^e\W]ed)\b`,
  'i',
);

// What tells one occasion, not a yearly round: a thing the subject has new ("opens its new
// library"), a first time, "yet", a counted anniversary or edition ("its 150th anniversary"), or a
// gap it ends ("returns after two years away").
const ONE_OCCASION =
  /\b(?:(?:its|their|his|her|our)\s+new|for\s+the\s+first\s+time|yet|anniversary|\d+(?:st|nd|rd|th))\b|\bafter\s+(?:\w+\s+)?(?:years?|months?|decades?)\b/i;

/**
 * Whether a season named at `start` (its match, "In winter" or "the winter", ending at `end`) is a
 * habit of every such season, `XXXX-WI`: a bare "In winter" opening its sentence before a clause
 * in the present ("In winter the harbour freezes over", "In summer the island's population
 * doubles"), or "In the winter" or "During (the) winter" with a word of habit in that clause
 * ("During the winter the shelter typically houses 120 people a night").
 *
 * Not a clause with a modal, a past verb or a plan ("In the summer the plant will close", "In
 * winter the council cut the grant", "In spring the city is planning to repave the road"), nor
 * one that names a year or counts the season ("In winter 2024…", "In summer this year…"), nor a
 * season not opening its sentence ("Fares rise in winter" is left to the tense), nor one occasion
 * told in the present ("In spring the council opens its new library", "In summer the festival
 * returns after two years away", "In winter the government faces its toughest test yet"). The
 * clause ends at "but", "though", "although" or "whereas": what follows is another clause ("In
 * winter the shop usually closes at 4pm, but this winter it will stay open" is `XXXX-WI`).
 *
 * @example isFrontedSeasonHabit('In winter the harbour freezes over.', 0, 9) // true
 */
export function isFrontedSeasonHabit(text: string, start: number, end: number): boolean {
  const matched = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 12), start);
  const clause = CLAUSE.exec(text.slice(end))![0];
  if (ONE_SEASON.test(clause) || ONE_OCCASION.test(clause)) return false;
  if (/^in\s/i.test(matched)) return OPENS_BARE.test(before);
  const opens = OPENS_DURING.test(before) || (/^the\s/i.test(matched) && OPENS_IN_THE.test(before));
  return opens && HABIT_WORD.test(clause);
}
