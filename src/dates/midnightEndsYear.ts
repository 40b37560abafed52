// "midnight on Dec. 31", "midnight Dec. 31", "midnight on December 31st", "midnight on 31
// December": the year's last day named right after the midnight.
const YEARS_LAST_DAY_AFTER =
  /^midnight\s+(?:on\s+)?(?:(?:Dec\.?|December)\s+31(?:st)?|31(?:st)?\s+(?:of\s+)?(?:Dec\.?|December))\b/i;
// "shortly after midnight on Dec. 31", "just past midnight Dec. 31": a time past the midnight that
// opens the day, early on Dec. 31 itself.
const AFTER_JUST_BEFORE = /\b(?:after|past)\s+(?:at\s+)?$/i;

/**
 * Whether the midnight at `start` is the one that ends the year's last day, the turn of the year,
 * whatever the verb: "Crowds gathered in Times Square at the stroke of midnight on Dec. 31" (said
 * on 28 December 1999) is `1999-12-31T24` in TimeML mode and `2000-01-01T00:00` in the news
 * reading, as "midnight on New Year's Eve" is. Leaves a midnight after "after" or "past" ("shortly
 * after midnight on Dec. 31" opens Dec. 31) and any other calendar day's midnight, which
 * midnightEndsDay reads by its verb.
 */
export function midnightEndsYear(text: string, start: number): boolean {
  if (!YEARS_LAST_DAY_AFTER.test(text.slice(start, start + 40))) return false;
  return !AFTER_JUST_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
