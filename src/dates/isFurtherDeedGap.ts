import { FURTHER_PAST, PLACED_APART } from './isAnotherDeedGap.ts';

const WORD = String.raw`[A-Za-z'’-]+`;
// A short phrase after the first date, of agent, place, buyer or role ("by two nurses", "in
// Sheffield", "to a Chinese buyer", "as an intern"): no figure, no comma.
const ADJUNCT = String.raw`(?:\s+(?:by|in|to|as|at|from|with)(?:\s+${WORD}){1,3})?`;
// A new subject after ", and" (the comma is needed: "won a landslide in July 2024 and Reform
// topped the polls in May" may tell this May): a name or a noun with its article ("the court",
// "judges", "Sony"), not a verb of "be" or "have" ("and is expected to face a vote in September").
const SUBJECT = String.raw`(?:(?:the|its|his|her|their)\s+)?(?!(?:is|are|am|be|been|has|have|had|does|do|was|were|not)\b)${WORD}`;
// The further deed: its past, then at most six words, and "in" or "on".
const DEED = String.raw`${FURTHER_PAST}\b(?:\s+${WORD}){0,6}?`;
// Told by its object alone, of the same verb, as more of it: "and 200 more", "and another $12
// million". Not a figure alone ("had 3,000 residents in May 2019 and 4,500 in February" compares
// then with now).
const AMOUNT = String.raw`[$£€]?\d[\d,.]*(?:\s*(?:million|billion|m|bn|%))?(?:\s+${WORD})?`;
const MORE = String.raw`(?:another|a\s+further)\s+${AMOUNT}|${AMOUNT}\s+more|another\s+${WORD}`;
const FURTHER_DEED = new RegExp(
  String.raw`^${ADJUNCT}(?:\s*,\s*and\s+${SUBJECT}\s+${DEED}|\s*,?\s*and\s+(?:${DEED}|${MORE}))\s+(?:in|on)\s+$`,
);
// A list of deeds after a comma alone: "opened in August 2012, hosted the final in May".
const LISTED_DEED = new RegExp(String.raw`^${ADJUNCT}\s*,\s*${DEED}\s+(?:in|on)\s+$`);
// A comma after a word before the dated month in its sentence: the first date lies in a phrase set
// off by commas ("The firm, founded in May 2019 by two nurses, was sold in March", "The bank,
// which was fined in June 2023, was sold in January"), and the past after the comma that closes
// it is the sentence's own verb, no deed of a list.
const SET_OFF = /[A-Za-z],[^.;!?]*$/;
// A death after a birth ("He was born in May 1948 in Leeds and died in February"): an obituary's
// news, not a further deed of the same short span.
const BORN = /\bborn\b[^.;!?]*$/i;
const DIED = /\bdied\b/i;
/**
 * Whether the words between a dated month or day and a month with no year tell a further deed in
 * the past beyond what `isAnotherDeedGap` takes: after a short phrase of agent, place or role ("The
 * firm was founded in May 2019 by two nurses and sold in March", "She joined in January 2018 as
 * an intern and became chief executive in August"), with a new subject after ", and" ("The law was
 * passed in June 2023, and the court struck it down in January"), or told by a figure of the same
 * deed ("It cut 300 jobs in October 2024 and 200 more in February"), or after a comma alone in a
 * list of deeds ("The stadium opened in August 2012, hosted the final in May"). So the month is
 * read beside the dated one (`furtherDeedTime`: the first such month after it, up to eleven months
 * on): said on 11 March 2026, the five examples are 2020-03, 2018-08, 2024-01, 2025-02 and 2013-05
 * (each was read as this year's or last year's, from publication). Not a present or a modal ("and
 * the court will rule in May"), nor words that place the time apart ("and a year later in May",
 * "and again in June"), nor a comma inside the deed, nor a figure alone ("had 3,000 residents in
 * May 2019 and 4,500 in February"), nor a past after a comma when the dated month lies in a phrase
 * set off by commas (`lead`, the words before the gap: "The firm, founded in May 2019 by two
 * nurses, was sold in March" is this March), nor a death after a birth ("born in May 1948 in Leeds
 * and died in February").
 *
 * @example isFurtherDeedGap(', and the court struck it down in ') // true
 */
export function isFurtherDeedGap(gap: string, lead = ''): boolean {
  if (PLACED_APART.test(gap) || (BORN.test(lead) && DIED.test(gap))) return false;
  return FURTHER_DEED.test(gap) || (LISTED_DEED.test(gap) && !SET_OFF.test(lead));
}
