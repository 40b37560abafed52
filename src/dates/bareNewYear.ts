// What leads a bare "New Year" that is the holiday: the other end of a holiday pair ("between
// Christmas and New Year", "from Christmas to New Year") or a preposition of its time ("over New
// Year", "over the New Year", "until after New Year", "Since the New Year", "in the run-up to New
// Year").
const PAIR_LEAD = /\b(?:Christmas|Hogmanay)\s+(?:and|to|until|till|through)\s+$/;
// The preposition may open a sentence ("Since New Year, 400 people have been treated") and take
// "the" ("Since the New Year", "until after the New Year").
const LEAD =
  /(?:\b[Oo]ver|\b(?:[Uu]ntil|[Tt]ill|[Aa]fter|[Bb]efore|[Aa]t|[Ss]ince|[Aa]round))(?:\s+the)?\s+$|\brun-up\s+to\s+$/;
// What may follow it: the end of a clause, or a word that is no noun it would qualify ("New Year
// Honours", "New Year resolutions", "New Year celebrations" are left).
const FOLLOW =
  /^(?:\s*(?:[.,;:!?)\]”"]|$)|\s+(?:and|or|as|when|while|with|to|in|on|at|for|but|because|after|before|until|is|was|will|are|were)\b)/;

/**
 * How "New Year" at `start`–`end` of `text`, capitalised and alone (no "'s Day", no "Eve"), is
 * the holiday, New Year's Day: `'lead'` after a preposition of time (`LEAD`), "Police will run
 * extra patrols over the New Year", said on 20 December 2026, is `2027-01-01`; `'pair'` in TimeML
 * mode as the other end of a holiday pair, "Rail passengers face disruption between Christmas and
 * New Year", said on 14 December 2026, which is the New Year after the pair's Christmas
 * (`2027-01-01`, not the one its own tense would give). The news reading would join a pair into
 * one range where it names each day, so there a pair ("from Christmas until New Year") is left
 * whatever its lead. Only before the end of its clause or a word that is no noun (`FOLLOW`).
 * `undefined` for "the new year" (the year to come, lower case), "Lunar New Year" or "Jewish New
 * Year" (no such lead), "over New Year celebrations".
 */
export function bareNewYear(
  text: string,
  start: number,
  end: number,
  timeml: boolean,
): 'lead' | 'pair' | undefined {
  const before = text.slice(Math.max(0, start - 30), start);
  if (!/^New Year$/.test(text.slice(start, end)) || !FOLLOW.test(text.slice(end))) return undefined;
  if (PAIR_LEAD.test(before)) return timeml ? 'pair' : undefined;
  return LEAD.test(before) ? 'lead' : undefined;
}
