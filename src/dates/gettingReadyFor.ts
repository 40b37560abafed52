// The verbs of getting ready: "bracing", "preparing", "gearing up", "stocking up".
const GETTING_READY_WORDS = [
  'bracing|preparing|gearing\\s+up|getting\\s+ready|girding|readying|steeling|positioning',
  'stocking\\s+up|limbering\\s+up|warming\\s+up',
].join('|');

// "themselves" and its kin after the verb: "are bracing themselves for a drubbing in May".
const SELF = '(?:\\s+(?:themselves|itself|himself|herself|ourselves|myself|yourselves))?';

// "after", "following" or "since" anywhere after "for" in the sentence: a date there is the thing
// gone by that the getting ready follows ("are bracing for more rain after the floods in
// January"); so is one likened to it ("are bracing for another drought like the one in August").
const NO_GONE_BY_AFTER_FOR = String.raw`(?![^.;!?]*\b(?:after|following|since|like\s+(?:the\s+ones?|that|those))\b)`;

/**
 * A present progressive of getting ready for a thing, its verb after "is", "are", "am" or "'re"
 * (an adverb or "also", "now", "already" between) and before "for": "Labour is bracing for losses
 * in the May local elections", "Ministers are preparing for the May elections", "Retailers are
 * gearing up for the November sales", "Investors are positioning for a rate cut in June". What one
 * gets ready for is still to come, so its month is the coming one, as after "plans for". A regular
 * expression's source, to stand among the future cues.
 *
 * Not a past ("were bracing for", "was preparing for": a month from a moment gone by), nor a
 * "for" with "after", "following", "since" or "like the one" anywhere after it in the sentence
 * ("are bracing for more rain after the floods in January" keeps the floods' January, "another
 * drought like the one in August" the August gone by), nor a verb of recovering ("is recovering
 * from losses in May"), nor a date before the verb ("Hospitals hit by strikes in January are
 * bracing for more" keeps the strikes' January; `GETTING_READY`).
 *
 * @example new RegExp(GETTING_READY_FOR, 'i').test('is bracing for') // true
 */
export const GETTING_READY_FOR = String.raw`(?<=\b(?:is|are|am|['’]re)\s+(?:(?:also|now|already|still|\w+ly)\s+)?)(?:${GETTING_READY_WORDS})${SELF}\s+for${NO_GONE_BY_AFTER_FOR}`;

/**
 * Whether a future cue's words are those of getting ready (`GETTING_READY_FOR`): what is got ready
 * for follows "for", so such a cue after a date does not look ahead to it ("Hospitals still
 * recovering from the strikes in January are bracing for more").
 *
 * @example GETTING_READY.test('bracing for') // true
 */
export const GETTING_READY = new RegExp(String.raw`^(?:${GETTING_READY_WORDS})\b`, 'i');
