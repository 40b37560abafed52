// What looks ahead before the verb: a modal of the future or of what may be done ("will", "can"),
// or a plan, a hope or an expectation told in the present ("are expected to", "hope to"), and at
// most an adverb.
export const LOOKING_AHEAD = String.raw`(?:will|['’]ll|won['’]t|shall|can(?:not|['’]t)?|(?:is|are|am)\s+(?:expected|set|due|going|likely|hoping|planning|scheduled)\s+to|(?:hope|hopes|plan|plans|aim|aims|want|wants|intend|intends)\s+to)\s+(?:(?:not|also|again|still|probably|likely|all)\s+)?`;
// Playing or competing in the day's contest, with what is played for between ("will play for his
// sixth title in Sunday's final", "will compete for the gold medal in Saturday's final"), up to
// four words after "for".
const PLAYING_FOR_IN = String.raw`(?:compete|play|race|ride|run)(?:\s+for(?:\s+[\w'’-]+){1,4}?)?\s+in`;
// Verbs of being at a day's event, watching or covering it, or missing it: what one does with an
// event, not with what came of it ("They will study Monday's attack", "will review Saturday's
// game" look back at one gone by).
const ATTENDING = String.raw`(?:watch|attend|miss|skip|boycott|cover|broadcast|stream|televise|air|host|patrol|police|referee|officiate|headline|sell\s+out|be\s+at|take\s+part\s+in|${PLAYING_FOR_IN}|perform\s+at|speak\s+at|sit\s+out|be\s+(?:rested|dropped|benched|suspended|available|unavailable|fit|ineligible|ruled\s+out)\s+(?:for|of)|(?:travel|go|head|fly|march)(?:\s+[\w-]+){0,3}?\s+to)`;
const ATTENDING_AHEAD_BEFORE = new RegExp(`\\b${LOOKING_AHEAD}${ATTENDING}\\s+(?:the\\s+)?$`, 'i');
// A player who "could" or "may" miss a day's game: the odds of missing what is to come. Not "could
// not attend", which as often tells a day gone by.
const MAY_MISS_BEFORE =
  /\b(?:could|may|might)\s+(?:(?:also|still|now)\s+)?(?:miss|sit\s+out)\s+(?:the\s+)?$/i;
// A side or a player who "could" or "may" play for something in a day's contest, or face a rival
// in it ("could play for the title in Saturday's final if she beats her sister", "could face Pete
// Sampras in Sunday's final"): the chance of a contest still to come. Not "could not", nor "could
// have played", which look back; nor what one may face for a day's happening ("could face charges
// in Monday's crash", "may face a trial in Sunday's shooting"), which looks back at it too.
const FACED_FOR_HAPPENING = String.raw`(?:[\w-]+\s+){0,2}(?:charges?|counts?|trials?|prosecution|arrest|indictments?|lawsuits?|suits?|penalt(?:y|ies)|fines?|sanctions?|punishment|discipline|inquir(?:y|ies)|investigations?|questions?|scrutiny|criticism|blame|jail|prison)\b`;
const MAY_PLAY_BEFORE = new RegExp(
  String.raw`\b(?:could|may|might)\s+(?:(?:also|still|now|then|yet)\s+)?(?:${PLAYING_FOR_IN}|(?:face|meet)(?!\s+${FACED_FOR_HAPPENING})(?:\s+[\w'’.-]+){1,3}?\s+in)\s+(?:the\s+)?$`,
  'i',
);

/**
 * Whether `before`, the words before a day's possessive, end with a verb of attending, watching
 * or missing the day's event after a modal or a plan looking ahead: "Fans will watch Saturday's
 * final", "Millions are expected to watch Sunday's final", "He will miss Saturday's game",
 * "Supporters will travel by coach to Sunday's match", "Sampras will play for his sixth title in
 * Sunday's final", "Organizers hope to sell out Saturday's concert", "Venus Williams could play
 * for the title in Saturday's final", "Agassi could face Sampras in Sunday's final". The event is
 * still to come.
 * Not a past ("Fans watched Saturday's final"), nor a verb that looks back at what came of the
 * day ("Investigators will study Monday's crash").
 */
export function attendingAheadBefore(before: string): boolean {
  return (
    ATTENDING_AHEAD_BEFORE.test(before) ||
    MAY_MISS_BEFORE.test(before) ||
    MAY_PLAY_BEFORE.test(before)
  );
}
