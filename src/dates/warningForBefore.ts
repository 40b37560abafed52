import { PART_OF_DAY_SOURCE } from './partOfDay.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// A weather warning's noun: "a yellow warning", "flood alerts", "a wind advisory", and a watch
// only after its hazard ("a winter storm watch", "a tornado watch"), for "watch" alone is a verb
// as often ("Fans will watch Saturday").
const WATCH_HAZARD = 'storm|tornado|flood|hurricane|blizzard|frost|freeze|tsunami|fire weather';
const WARNING_NOUN = String.raw`(?:warnings?|alerts?|advisory|advisories|(?:${WATCH_HAZARD})\s+watch(?:es)?)`;
// The hazard a warning is for, named between "for" and its day: "a yellow warning for rain on
// Thursday", "an amber warning for strong winds from 6am Friday", "for snow and ice".
const HAZARD = [
  'rain|snow|ice|sleet|hail|fog|frost|heat|wind|winds|gales?|storms?|thunderstorms?',
  'showers|flooding|floods?|blizzards?|wildfires?|fire weather|high temperatures',
].join('|');
// One word may qualify the hazard ("heavy rain", "gusty winds", "damaging hail").
const HAZARD_PHRASE = String.raw`(?:[a-z]+\s+)?(?:${HAZARD})`;
const HAZARDS = String.raw`${HAZARD_PHRASE}(?:\s*,\s*${HAZARD_PHRASE})*(?:\s+(?:and|or)\s+${HAZARD_PHRASE})?`;
// What or where a warning said to be in place is for, a few words of one clause: "for heavy rain",
// "for the river", "for parts of Scotland".
const WHAT_FOR = String.raw`[^.;:!?,]{1,40}?`;
// "is in place", "are in force", "remains in effect": said to hold now.
const IN_PLACE = String.raw`(?:is|are|remains?)\s+in\s+(?:place|force|effect)`;
// What may stand right before the day: a mention may open with its own preposition ("on
// Thursday"), so one here is optional.
const DAY_LEAD = String.raw`(?:(?:on|from|for|through|thru)\s+)?(?:the\s+)?`;
// "Warnings have been issued for Friday", "An alert was issued for Saturday": the warning's own
// issuing between it and the "for" its day follows.
const ISSUED = String.raw`(?:(?:has|have|had)\s+been|is|are|was|were)\s+(?:being\s+)?issued\s+`;
// Days before the one read, joined to it, after the same "for": "for Friday night and Saturday
// morning", "for Thursday, Friday and Saturday".
const DAYS_BEFORE = String.raw`(?:${WEEKDAY_PATTERN}(?:\s+(?:${PART_OF_DAY_SOURCE}))?(?:\s*,\s*|\s+(?:and|or)\s+))*`;
// "issued a yellow warning for Thursday", "A flood alert is in place for Saturday", "a warning
// for heavy rain on Thursday", "A winter storm watch is in effect from Saturday evening": a
// warning or an alert is for what is coming, whatever the tense of its issuing. The day comes
// right after "for", after the hazard the warning is for, or after the warning is said to be in
// place ("The flood warning for the river remains in place on Thursday"). Not a warning issued
// on a day ("issued a warning on Thursday", "issued the warning Thursday"), nor one told as past
// ("was in place for").
const WARNING_FOR_BEFORE = new RegExp(
  String.raw`\b${WARNING_NOUN}\s+(?:${ISSUED})?` +
    String.raw`(?:(?:for\s+${WHAT_FOR}\s+)?(?<inPlace>${IN_PLACE})\s+${DAY_LEAD}` +
    String.raw`|for\s+${HAZARDS}\s+${DAY_LEAD}` +
    String.raw`|for\s+(?:the\s+)?)${DAYS_BEFORE}$`,
  'i',
);

/** What the words before a day tell of a warning for it. */
export interface WarningFor {
  /** Said to be in place now ("is in effect"): for a day to come whatever past story follows. */
  inPlace: boolean;
}

/**
 * The warning the words right before a day are for, if any: a warning or an alert is for a day to
 * come, whatever the tense of its issuing.
 *
 * @example warningForBefore('The Met Office issued a yellow warning for rain ') // { inPlace: false }
 */
export function warningForBefore(before: string): WarningFor | null {
  const m = WARNING_FOR_BEFORE.exec(before);
  return m ? { inPlace: m.groups!.inPlace !== undefined } : null;
}
