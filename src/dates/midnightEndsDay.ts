import { CLAUSE_OR_ASIDE_OPENS, clauseEnding } from './clauseOpens.ts';
import { midnightEndsYear } from './midnightEndsYear.ts';
import { DEADLINE_BEFORE_MIDNIGHT } from './midnightOfDeadline.ts';

// The words of the clause before a calendar day's midnight that say what it does to the day. A
// verb of ending or a deadline ("expires", "will end", "closes", "runs out", "the deadline is")
// takes the midnight that ends the day, and so does "by", "until", "till" or "through" right
// before it; one of starting ("starts", "began", "opens", "kicks off") after the verb of ending
// keeps the midnight that opens it. The verb of ending counts only with at most one adverb
// between it and the midnight ("The offer ends at midnight on Dec. 1", "ends promptly at
// midnight"): with an object it ends that thing, not the day ("Police closed the bridge at
// midnight on Jan. 1" is the start of Jan. 1). Only up to where its clause opens
// (CLAUSE_OR_ASIDE_OPENS).
const ENDING =
  /\b(?:ends?|ended|ending|expires?|expired|expiring|closes?|closed|closing|lapses?|lapsed|runs?\s+out|ran\s+out|deadline)\b/i;
// What may stand between the verb of ending and the midnight: "is" or "was" after "deadline", one
// adverb, then "at", "on" or "to" ("moved the deadline to midnight March 28": the new deadline).
const ENDING_REACHES_MIDNIGHT = /^\s+(?:(?:is|was)\s+)?(?:\w+ly\s+)?(?:(?:at|on|to)\s+)?$/i;
// "extended the offer to midnight March 28", "extends its tender offer to midnight on Friday": an
// extension runs up to the midnight, the one that ends the day, as "until" does. Up to four words
// between, its object.
const EXTENDED_TO_BEFORE = /\bextend(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:at\s+)?$/i;
// "until midnight on Jan. 20", "by midnight", "through at midnight", "just before midnight on March
// 3" (late that day): a deadline word counts only right before the midnight, not as the agent ("The
// rule set by the FAA takes effect at ...").
const DEADLINE_JUST_BEFORE = /\b(?:by|until|till|through|thru|before)\s+(?:at\s+)?$/i;
// "at midnight on New Year's Eve", "midnight on Christmas Eve": an eve's midnight is the one that
// ends it, the turn to the day it is the eve of, whatever the verb.
const EVE_AFTER = /^midnight\s+(?:on\s+)?(?:New\s+Year['’]?s|Christmas)\s+Eve\b/i;
const STARTING =
  /\b(?:starts?|started|starting|begins?|began|beginning|begun|opens?|opened|opening|kicks?\s+off|kicked\s+off)\b/i;

/**
 * Whether the midnight at `start`, named with a calendar day ("at midnight on Dec. 1", or after "On
 * March 15," earlier in the sentence), is the one that ends the day: only after a verb of ending or
 * right after "until" or "before" (or "extended … to"), after a deadline ("a deadline of midnight
 * Nov. 21"), on an eve ("midnight on New Year's Eve") or on the year's last day ("midnight on Dec.
 * 31", midnightEndsYear). After one of starting, or with neither, a calendar day's midnight opens
 * it. A weekday's midnight ("midnight Friday") ends it whatever the verb and is not asked about
 * here.
 */
export function midnightEndsDay(text: string, start: number): boolean {
  if (EVE_AFTER.test(text.slice(start, start + 40)) || midnightEndsYear(text, start)) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  const clause = clauseEnding(before, CLAUSE_OR_ASIDE_OPENS);
  // "set a deadline of midnight Nov. 21": a deadline named right before the midnight ends its day
  // as it ends a weekday's (midnightOfDeadline, asked of the same clause).
  if (
    DEADLINE_JUST_BEFORE.test(clause) ||
    DEADLINE_BEFORE_MIDNIGHT.test(clause) ||
    midnightEndsExtension(text, start)
  )
    return true;
  const verb = ENDING.exec(clause);
  const ends =
    verb && ENDING_REACHES_MIDNIGHT.test(clause.slice(verb.index + verb[0].length)) ? verb : null;
  const starts = STARTING.exec(clause);
  if (ends && starts) return ends.index > starts.index;
  return ends !== null;
}

/**
 * Whether the midnight at `start` is where an extension runs to ("The company extended the tender
 * offer to midnight April 12", "The ban was extended to midnight March 5"): the past of the
 * extending dates the deed, not the midnight, which may lie after publication and still end its
 * day.
 */
export function midnightEndsExtension(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  return EXTENDED_TO_BEFORE.test(clauseEnding(before, CLAUSE_OR_ASIDE_OPENS));
}
