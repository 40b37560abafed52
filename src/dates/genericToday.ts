import { HELD_THING } from './heldThing.ts';

// The things "today's" makes a kind of the present age rather than of the day: people taken as a
// kind ("today's youth", "today's teenagers"), the world or an order of things ("today's world",
// "today's economy"), and the goods of the age ("today's personal computers"). A day's news says
// "today's vote", "today's editions", "today's rally" instead, which stay the day.
const AGE_KIND =
  'world|society|youth|young\\s+people|generations?|children|kids|teens|teenagers|students|parents|families|consumers|workers|workforce|workplace|culture|economy|technology|computers|cars|phones|smartphones|standards';

/**
 * "in today's world", "what the case is for today's youth", "the chips of choice in many of
 * today's personal computers": "today's" as "nowadays'", before a kind of the present age (with
 * at most one word before the noun), dates no day. TimeML's tuning part leaves all three unmarked,
 * so both readings read nothing. Not "today's vote", "today's youth rally" (a thing held on the
 * day), nor "today's weather".
 */
export const GENERIC_TODAY = new RegExp(
  `\\btoday(?=['’]s\\s+(?:[a-z]+\\s+)?(?:${AGE_KIND})\\b(?!\\s+(?:${HELD_THING}|rall(?:y|ies)|protests?|marche?s?)\\b))`,
  'gi',
);

const AT = new RegExp(GENERIC_TODAY.source, 'iy');

/** Whether the "today" at `start` in `text` is the present age's ("today's world"). */
export function isGenericToday(text: string, start: number): boolean {
  AT.lastIndex = start;
  return AT.test(text);
}

// What follows a present that tells an event of the day, not a state of the age: a progressive, a
// perfect or passive ("are heading", "have voted", "are expected to", "have been"), a plan.
const EVENT_AFTER_VERB =
  '(?!\\s+(?:[a-z]+(?:ing|ed|en)|had|got|made|met|left|won|lost|shut|set|due|to|closed|open)\\b)';
// A present simple that tells how things are, after the subject of (a) or (b) below.
const STATE_VERB_PLURAL =
  'use|own|live|rely|depend|prefer|carry|contain|include|earn|account|exist|cost|run\\s+on';
const STATE_VERB = 'is|are|has|have|lives?|uses?|owns?|rel(?:y|ies)|depends?|spends?';
// Those the age is told of after them (AGE_KIND with "people" and a people's name in the plural).
const AGE_SUBJECT = `(?:the\\s+world|${AGE_KIND}|people|Americans|Britons|Europeans)`;

/**
 * "today" as "nowadays", TimeML's `PRESENT_REF` (the guidelines' reading; the tuning part writes
 * "And today, the right to work is equal to …" so), in both readings, as "nowadays" is: (a) "Today"
 * opening a sentence before a subject told by its share ("Today, most phones use lithium
 * batteries", "Today, many Americans own a smartphone") and a present of state; (b) after a kind of
 * the age before a present of state ("The world today is more dangerous", "Children today have
 * less freedom"). Not "Today, most stores closed early", "Voters today are heading to the polls",
 * "The world today marks World AIDS Day", "Parents today have voted", "Americans today face a
 * choice at the polls" (the day's events: "face", "want", "need" are left out), nor "Today, some
 * students use the new app for the first time" ("some" tells no share of a whole).
 */
export const TODAY_NOWADAYS = new RegExp(
  `(?<=(?:^|[.!?]["”’']?\\s+|\\n\\s*)(?:(?:And|But)\\s+)?)Today(?=,?\\s+(?:most|many|few|(?:nearly|almost)\\s+all|(?:more\\s+than\\s+|about\\s+)?half)\\s+(?:of\\s+(?:the\\s+)?)?(?:[A-Za-z-]+\\s+){0,2}?[A-Za-z-]+s\\s+(?:${STATE_VERB_PLURAL})\\b${EVENT_AFTER_VERB})|(?<=\\b${AGE_SUBJECT}\\s+)today(?=\\s+(?:${STATE_VERB})\\b${EVENT_AFTER_VERB})`,
  'gi',
);

const NOWADAYS_AT = new RegExp(TODAY_NOWADAYS.source, 'iy');

/** Whether the "today" at `start` in `text` means "nowadays". */
export function isTodayNowadays(text: string, start: number): boolean {
  NOWADAYS_AT.lastIndex = start;
  return NOWADAYS_AT.test(text);
}
