import { WORDS_TO_99 } from './readNumber.ts';

/**
 * "turns" before an age, a birthday or an anniversary still to come, as a schedule's present is:
 * "The album turns 30 on Friday", "Dolly Parton turns 80 on Monday", "The festival turns fifty
 * this summer". The age is a figure of up to three digits, one to ninety-nine in words, or "a
 * hundred" / "one hundred"; no decimal or thousands part, share, measure or amount follows it
 * ("turns 1.5", "Sales growth turns 5% higher", "turns 2 million"); "turns out", "turns to" and
 * "turns around" have no age. A regular expression's source, for PRESENT_SCHEDULE.
 */
export const TURNS_AN_AGE = String.raw`turns(?=\s+(?:\d{1,3}|${WORDS_TO_99}|a\s+hundred|one\s+hundred)\b(?![.,]\d|\s*(?:%|percent\b|per\s+cent\b|points?\b|million\b|billion\b|thousand\b|degrees?\b|cents?\b|dollars?\b|pounds?\b|euros?\b|yards?\b|miles?\b|-)))`;
