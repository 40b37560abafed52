import { IRREGULAR_PAST } from './irregularPast.ts';

const EARLY_IN_THE_WEEK = /^(?:early|earlier)\s+in\s+the\s+week$/i;
// A participle's clause after a comma carries on the past of the clause before it ("rose late in
// the week, extending gains from early in the week"): a past verb earlier in the sentence, with no
// modal after it, tells the gains gone by too.
const PAST_BEFORE = new RegExp(
  String.raw`\b(?:was|were|${IRREGULAR_PAST}|(?!need|feed|speed)[a-z]+ed)\b(?![^.!?]*\b(?:will|would|shall|may|might|could|should)\b)[^.!?]*,\s+[a-z]+ing\b[^.!?,]*$`,
  'i',
);

/**
 * Whether "early in the week", told in the past on a Monday, is the week before publication's:
 * a Monday's paper tells the week just ended, whose early days are gone by, where the week under
 * way has had only the day of publication ("Treasury bond prices rose late in the week, extending
 * gains from early in the week", said on Monday 13 November 1989, is `1989-W45` twice; the late
 * part is `isLatePartGoneBy`'s; a participle after a past clause carries its past). Said on another day, or told ahead, it is the week under way
 * ("Bond prices rose early in the week", said on Thursday 16 November 1989, `1989-W46`).
 *
 * @example isEarlyWeekToldOnMonday('early in the week', 'past', '1989-11-13') // true
 */
export function isEarlyWeekToldOnMonday(
  words: string,
  tense: string,
  published: string,
  before = '',
): boolean {
  if (!EARLY_IN_THE_WEEK.test(words)) return false;
  // "from early in the week" reads as a start ahead; the past clause before it says otherwise.
  if (tense !== 'past' && !PAST_BEFORE.test(before)) return false;
  const [year, month, day] = published.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay() === 1;
}
