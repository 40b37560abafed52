import { clauseEnding } from './clauseOpens.ts';
import type { Tense } from './tenseAround.ts';
import { sentenceAround } from './tenseAround.ts';
import { wordTags } from './wordTags.ts';

// Present forms that tell no plan: the auxiliaries and the saying.
const NOT_PLAN_PRESENT = /^(?:is|are|am|has|have|does|do|says|say)$/i;
// A word right before a verb, no mark between.
const WORD_BEFORE = /[A-Za-z'’]\s+$/;
// Beyond this many months behind publication, a month named in the present is the next one.
const BEHIND_MONTHS = 5;

/**
 * The tense to read a month named without a year by when its sentence gives none but a verb in
 * the present heads the month's clause ("The price cap rises in January", "the Games that follow
 * in late August"): the present tells a plan as often as figures just out ("Inflation rises to 3%
 * in January", said in February), so the nearer such month wins, the one gone by when it is five
 * months behind publication at most. compromise's tagger finds the present verb. Any other tense
 * is kept.
 *
 * @example presentMonthTense('The price cap rises in January.', 22, 29, 1, '2026-12-02', 'unknown') // 'future'
 */
export function presentMonthTense(
  text: string,
  start: number,
  end: number,
  month: number,
  published: string,
  tense: Tense,
): Tense {
  if (tense !== 'unknown') return tense;
  const { before, after } = sentenceAround(text, start, end);
  const clause = clauseEnding(before);
  const from = start - clause.length;
  const tags = wordTags(text, start - before.length, end + after.length);
  const present = [...tags].some(([offset, tagged]) => {
    if (offset < from || offset >= start) return false;
    const word = /^[a-z]+/i.exec(text.slice(offset))?.[0] ?? '';
    // A subject's word right before it: "Prices in January" opens with a noun the tagger may
    // take for a verb, and ", run in Berlin in August" is a participle.
    const subject = WORD_BEFORE.test(text.slice(start - before.length, offset));
    return (
      subject && tagged.has('Verb') && tagged.has('PresentTense') && !NOT_PLAN_PRESENT.test(word)
    );
  });
  if (!present) return tense;
  const behind = (Number(published.slice(5, 7)) - month + 12) % 12;
  if (behind === 0) return tense;
  return behind <= BEHIND_MONTHS ? 'past' : 'future';
}
