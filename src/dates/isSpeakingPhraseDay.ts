import { MODALS } from './modals.ts';
import { REPORTING_VERBS } from './reportingVerbs.ts';

// The participles of a speaker's setting: "Speaking on Sunday", "addressing parliament on
// Tuesday", "writing on social media on Monday".
const SPEAKING = [
  'speaking|talking|writing|addressing|testifying|briefing|responding|commenting',
  'posting|tweeting|appearing',
].join('|');
// The participle opening its phrase, at the start of the sentence (a quote mark aside) or after a
// comma, then the phrase's words up to the date: no clause boundary and no word looking ahead.
const PHRASE_BEFORE = new RegExp(
  String.raw`(?:^|,)\s*(?:["“]\s*)?(?:\w+ly\s+)?(?:${SPEAKING})\b` +
    String.raw`(?:(?![\s\S]*\b(?:will|shall|next|coming)\b)[^,;:()—])*$`,
  'i',
);
// The past of a saying that makes the phrase a speaker's setting, not a plan.
const SAID = new RegExp(
  String.raw`\b(?:${[
    ...REPORTING_VERBS,
    'warned|urged|argued|vowed|pledged|promised|claimed|denied|insisted|stressed|repeated',
    'reiterated|acknowledged|conceded|suggested|signaled|signalled|hinted|called|accused',
    'praised|condemned|criticized|criticised|dismissed|rejected|defended|confirmed',
  ].join('|')})\b`,
  'i',
);
// The words of the phrase after the date, up to the comma that closes it or the sentence's end.
const PHRASE_AFTER = /^[^,;:()—]*(?:,|$)/;
// A modal right after the phrase: the phrase is set in a clause reported ahead ("Officials said
// the minister, testifying on Thursday, would defend the plan"), the day the one to come.
const MODAL_NEXT = new RegExp(String.raw`^\s*(?:${MODALS})\b`, 'i');

/**
 * Whether the date between `before` and `after` (its sentence's words on either side) is the
 * day a speaker spoke, told in a participle phrase of speaking set off from a main clause whose
 * verb is a past of saying: "Speaking on Sunday, the minister said the election would be held
 * next spring", "The envoy, talking to reporters on Monday, said a deal could come within days",
 * "Taxes will not rise, the prime minister said, speaking in parliament on Tuesday". The day is
 * gone by, however far ahead the words reported look. Not a phrase looking ahead ("Speaking next
 * week, …"), a progressive ("The president is speaking on Sunday"), nor a main clause of what will
 * be said ("Speaking at the UN on Friday, the president will outline his plan"), nor a phrase
 * a modal follows, inside a clause reported ahead ("Officials said the minister, testifying on
 * Thursday, would defend the plan").
 *
 * @example isSpeakingPhraseDay('Speaking ', ', the minister said taxes would rise.') // true
 */
export function isSpeakingPhraseDay(before: string, after: string): boolean {
  const phrase = PHRASE_BEFORE.exec(before);
  if (!phrase) return false;
  const rest = after.slice(PHRASE_AFTER.exec(after)?.[0].length ?? 0);
  if (MODAL_NEXT.test(rest)) return false;
  const main = `${before.slice(0, phrase.index)} ${rest}`;
  const said = SAID.exec(main);
  return said !== null && !/\b(?:will|shall|'ll|’ll)\s+$/i.test(main.slice(0, said.index));
}
