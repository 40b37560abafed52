import { MARKS_AFTER_DECIMAL } from './marksAfterDecimal.ts';
import { WORDS_TO_99 } from './readNumber.ts';

// A count of more than one: a figure ("25", "1,200"; a year's four digits run on, so it is
// none) or a number word but "one" (readNumber's). Not a count that ends a name: after a hyphen
// ("The G-8 summit opens on Friday") or a word that names by number ("The Formula 1 season
// opens", "The Group of Eight summit opens"). The pattern is used case-insensitively, so the
// words are listed rather than told by capitals.
const NAME_BEFORE_COUNT = String.raw`(?<!-|\b(?:Group\s+of|Formula|Super|Apollo|Channel|Terminal|Stage|Round|Week|Game)\s+)`;
// Nor a count inside a phrase after a preposition ("The trial of the three men begins on Monday",
// "The case against two officers opens on Tuesday"): the noun before the preposition is the
// subject, and the verb agrees with it.
const PREPOSITION_BEFORE_COUNT = String.raw`(?<!\b(?:of|against|for|with|between|among|involving|into|from|on|over|about)\s+(?:(?:the|these|those|all|its|their|his|her)\s+)?)`;
const COUNT = String.raw`${NAME_BEFORE_COUNT}${PREPOSITION_BEFORE_COUNT}(?:\d{1,3}(?:,\d{3})*|(?!one\b)${WORDS_TO_99}|dozens?|several|many)`;

/**
 * The words before a singular present verb of schedule that make it a plural noun: a count of more
 * than one and one lower-case word between, as "Bush won the state's 25 electoral votes on Sunday
 * night" (said on Monday 27 November 2000 the Sunday gone by, 2000-11-26, where "votes" read as
 * "The Senate votes on Sunday" does put it a week ahead), "three separate visits on Friday", "two
 * key plays on Sunday". A verb in "-s" does not agree with a count of many, so the word is the
 * noun counted. One word between, perhaps hyphenated ("Hospitals reported 2,300 heat-related visits
 * over the weekend", said on Wednesday 17 June 2026, is 2026-W24-WE, where it was the weekend
 * ahead), or none after a figure of thousands or a word of many ("reported 2,300 visits on
 * Saturday", "several visits on Saturday"). A bare figure or number word right before may be part
 * of a name ("Apollo 13 lands on Sunday"), as may a figure after a hyphen or a word that names by
 * number ("The G-8 summit opens on Friday", "The Formula 1 season opens on Sunday", "The Group of
 * 77 summit opens on Monday" stay ahead), and a year is no count ("The 1999 season opens on
 * Sunday"). A verb with its object after it stays the verb after a count right before ("The union
 * that represents 14,000 holds a ballot on Friday"), and "marks" after a rate is the currency
 * ("The dollar fell to 1.45 marks on Wednesday", MARKS_AFTER_DECIMAL). Not a count
 * after a preposition, whose phrase the verb's subject governs ("The trial of the three men starts
 * on Monday" keeps the schedule's day, not the one gone by). Only before a verb that is a plural
 * noun too (NOUN_AS_VERB): the bare "face" of "The two brothers face sentencing on Monday", among
 * the same verbs, agrees with its count, and "begins" or "takes" after a count and a word follows
 * a name ("The Phase 3 trial begins on Monday"). A source to stand before the singular verbs of
 * schedule in futureCue.
 */
// The verbs of schedule that are plural nouns too ("votes", "visits", "plays", "reports"), the only
// ones a count can make a noun. Not "begins", "comes", "takes", "opens", "ends" or "airs", which
// after a count and a word follow a name ("The Phase 3 trial begins on Monday", "The Radio 4
// documentary airs on Sunday", "The FTSE 100 reshuffle takes effect on Monday").
const NOUN_AS_VERB = String.raw`(?:votes|visits|plays|reports|returns|launches|meets|starts|runs|tours|lands|screens|signs|marks|hosts|debuts|premieres|finishes|graduates|rules|heads|holds|addresses|travels)`;

// A count right before the verb that no name ends in: a figure of thousands with its comma ("2,300
// visits over the weekend") or a word of many ("hundreds", "thousands", "dozens", "several",
// "many"). Not a bare figure or a number word, which may end a name ("Apollo 13 lands on Sunday",
// "The Big Three meets on Friday").
// Not a count after "by", whose phrase the verb's subject governs ("A petition signed by
// thousands heads to Downing Street on Monday", "A run backed by many starts on Sunday").
const COUNT_RIGHT_BEFORE = String.raw`(?<!\bby\s)(?:\d{1,3}(?:,\d{3})+|\b(?:hundreds|thousands|millions|dozens|several|many))`;
// A verb of schedule with its object after it is the verb, after a count right before too ("The
// union that represents 14,000 holds a ballot on Friday"); the noun is not followed by one.
const OBJECT_AFTER = String.raw`\s+(?:a|an|the|its|their|his|her|our|talks)\b`;

// A count and the one word after it, perhaps hyphenated ("2,300 heat-related", "three separate").
const COUNT_AND_WORD = String.raw`\b${COUNT}\s+[a-z]+(?:-[a-z]+)*`;

export const COUNTED_NOUN_BEFORE = String.raw`(?:(?<!(?:${COUNT_AND_WORD}|${COUNT_RIGHT_BEFORE})\s)(?!${MARKS_AFTER_DECIMAL})|(?!${NOUN_AS_VERB}\b)|(?<!${COUNT_AND_WORD}\s)(?=${NOUN_AS_VERB}${OBJECT_AFTER}))`;
