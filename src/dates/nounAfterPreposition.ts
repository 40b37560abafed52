/**
 * A lookbehind that stops a present verb of schedule read right after a preposition, where the word
 * is a plural noun: "Police went to the house on Friday after reports of a fight", "The bill
 * passed on Tuesday amid votes of no confidence", "following visits from officers". News writes
 * "Apple reports earnings on Thursday" with the subject before the verb; after "after", "amid",
 * "amidst", "following", "despite", "among", "amongst", "during" or "including"
 * (PREPOSITION_BEFORE_NOUN) no verb stands, and "reports", "visits" or "votes" there tell nothing
 * of a schedule, so the tense of the clause is left to its own verbs (the Friday gone by), a count
 * between them too (COUNT_BETWEEN: a figure, "two" to "ten", "a few", "a dozen", "dozens of" or
 * "hundreds of": "after two reports of gunfire"). A regular expression's source, to stand before
 * the verbs of schedule.
 *
 * It leaves a verb after anything else ("The court hears the case on Monday", "Apple, after weeks
 * of delay, reports on Thursday" keep the day ahead), after a preposition a relative clause leaves
 * at its end ("The law she campaigned for takes effect in April", "The exhibition he worked on
 * opens on Friday" keep the day ahead), and "to", which SCHEDULE_NOT_AFTER already holds for the
 * infinitive.
 *
 * @example new RegExp(`${NOUN_AFTER_PREPOSITION}\\breports`).test('after reports') // false
 */
// Only the prepositions a relative clause does not leave at its end: "The law she campaigned for
// takes effect in April", "The exhibition he worked on opens on Friday", "The man he was arrested
// with appears in court on Thursday" are schedules, the preposition stranded before the verb.
const PREPOSITION_BEFORE_NOUN =
  'after|amid|amidst|following|despite|among|amongst|during|including';

// A count may stand between the preposition and the noun: "after two reports of gunfire", "despite
// 3 visits"; not a year ("The law passed in 2023 comes into force" keeps its verb).
const COUNT_BETWEEN = String.raw`(?:(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|a\s+few|a\s+dozen|dozens\s+of|hundreds\s+of)\s+)?`;

export const NOUN_AFTER_PREPOSITION = String.raw`(?<!\b(?:${PREPOSITION_BEFORE_NOUN})\s${COUNT_BETWEEN})`;
