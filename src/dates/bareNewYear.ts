// What leads a bare "New Year" that is the holiday: the other end of a holiday pair ("between
// Christmas and New Year", "from Christmas to New Year") or a preposition of its time ("over New
// Year", "over the New Year", "until after New Year", "in the run-up to New Year").
const PAIR_LEAD = /\b(?:Christmas|Hogmanay)\s+(?:and|to|until|till|through)\s+$/;
const LEAD =
  /(?:\bover(?:\s+the)?|\b(?:until|till|after|before|at|since|around)|\brun-up\s+to)\s+$/;
// What may follow it: the end of a clause, or a word that is no noun it would qualify ("New Year
// Honours", "New Year resolutions", "New Year celebrations" are left).
const FOLLOW =
  /^(?:\s*(?:[.,;:!?)\]”"]|$)|\s+(?:and|or|as|when|while|with|to|in|on|at|for|but|because|after|before|until|is|was|will|are|were)\b)/;

/**
 * Whether "New Year" at `start`–`end` of `text`, capitalised and alone (no "'s Day", no "Eve"),
 * is the holiday, New Year's Day: "Rail passengers face disruption between Christmas and New
 * Year", said on 14 December 2026, is `2027-01-01`; "Police will run extra patrols over the New
 * Year". Only after a preposition of time (`LEAD`), or in TimeML mode the other end of a holiday
 * pair (the news reading would join the pair into one range, where it names each day), and before the end of its
 * clause or a word that is no noun (`FOLLOW`). Not "the new year" (the year to come, lower case),
 * "Lunar New Year" or "Jewish New Year" (no such lead), nor "over New Year celebrations".
 */
export function isBareNewYear(text: string, start: number, end: number, timeml: boolean): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  return (
    /^New Year$/.test(text.slice(start, end)) &&
    (LEAD.test(before) || (timeml && PAIR_LEAD.test(before))) &&
    FOLLOW.test(text.slice(end))
  );
}
