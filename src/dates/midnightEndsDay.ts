// The words of the clause before a midnight that say what it does to the named day. A verb of
// ending or a deadline ("expires", "will end", "closes", "runs out", "the deadline is", "until",
// "by") takes the midnight that ends the day; one of starting ("starts", "began", "opens", "kicks
// off") the midnight that opens it. "from midnight Friday" says nothing more than the day does. The verb may stand a few words before
// ("The offer ends at midnight on Dec. 1", "expires Friday at"): only up to the last clause break.
const ENDING =
  /\b(?:ends?|ended|ending|expires?|expired|expiring|closes?|closed|closing|lapses?|lapsed|runs?\s+out|ran\s+out|deadline|until|till|by)\b/i;
const STARTING =
  /\b(?:starts?|started|starting|begins?|began|beginning|begun|opens?|opened|opening|kicks?\s+off|kicked\s+off)\b/i;
const CLAUSE_BREAK = /[.;:!?,—–]|\b(?:and|but|while|when)\b/gi;

/**
 * Whether the midnight at `start`, named with a day ("midnight Friday", "at midnight on Dec. 1",
 * or after "On Friday," earlier in the sentence), is the one that ends the day: yes after a verb
 * of ending, no after one of starting, and otherwise as the way the day is named is usually read
 * (`byDefault`: a weekday's midnight ends it, a calendar day's opens it).
 */
export function midnightEndsDay(text: string, start: number, byDefault: boolean): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  let from = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) from = m.index + m[0].length;
  const clause = before.slice(from);
  const ends = ENDING.exec(clause);
  const starts = STARTING.exec(clause);
  if (ends && starts) return ends.index > starts.index;
  if (ends) return true;
  if (starts) return false;
  return byDefault;
}
