/**
 * A seat, a member or a treaty said in the present to be up for a choice: "The senator, who is up
 * for re-election in November, …", "Both seats are up for grabs in November", "The treaty comes up
 * for renewal in December". The choice is still to be made, as a plan's present tells ("votes",
 * "meets"). A regular expression's source, matching from the verb, to stand among the present
 * verbs of scheduling; "was up for re-election" and "came up for a vote" tell a past.
 *
 * @example new RegExp(UP_FOR_CHOICE, 'i').test('is up for re-election') // true
 */
const CHOICE = 're-?election|election|renewal|grabs|review|reappointment|parole|an?\\s+vote';

export const UP_FOR_CHOICE = String.raw`(?:is|are|comes?)\s+up\s+for\s+(?:${CHOICE})`;
