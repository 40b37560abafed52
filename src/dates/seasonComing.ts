import { FUTURE_MODAL_SOURCE } from './modals.ts';
import { SEASON_ARRIVES_SOURCE } from './seasonArrives.ts';
import { CAPITALISED } from './capitalised.ts';

export interface SeasonComing {
  /** The tense the verb of coming gives; undefined for a habit, which is every such season. */
  tense: 'future' | 'past' | undefined;
  /** A habit of every such season ("when winter sets in", in a sentence in the present). */
  habit: boolean;
}

const CONJUNCTION_BEFORE = /(?:^|[^\w'’-])(as|when|once|whenever|after)\s+$/i;
const PAST_COMING = String.raw`(?:set\s+in|closed\s+in|drew\s+in|approached|arrived|came|began|started|ended|returned|took\s+hold)`;
const VERB_AFTER = new RegExp(
  String.raw`^\s+(?:(${SEASON_ARRIVES_SOURCE})|(${PAST_COMING}\b))`,
  'i',
);
const HABIT_CONJUNCTION = /^(?:when|once|whenever)$/i;
// A modal anywhere else in the sentence looks ahead to one season: no habit.
const NOT_A_HABIT = new RegExp(
  String.raw`(?:${FUTURE_MODAL_SOURCE}|\b(?:should|would|could|might|may|must)\b)`,
  'i',
);

/**
 * A bare season after a conjunction of time that is the subject of a verb of its coming or going:
 * "Shelters are adding beds as winter approaches", said on 14 October 2026, is "winter" `2026-WI`
 * in both readings (was unread: the bare season after "as" was no time); "Energy bills will climb
 * as winter draws in", "The pool will close after summer ends" (said in July, `2026-SU`), "The
 * family returned home after summer ended" (said on 1 September, the summer gone by). A season
 * still coming when its verb is in the present is the coming one, a verb in the past tells the one
 * gone by, or the past year its story names ("She was born in Ohio in 1990, just as spring began"
 * is `1990-SP`, "Enrolment fell after summer ended last year" `2025-SU`, by readPeriods'
 * pastYearNamedBefore). ("before winter closes in" is seasonArrives'.)
 *
 * "when", "once" and "whenever" with a present verb of coming in a sentence with no modal (but
 * "can") tell a habit of every such season: "Farmers bring the cattle indoors when winter sets in"
 * is `XXXX-WI`, as "When fall arrives, the trail closes to cyclists" is `XXXX-FA`; "When winter
 * arrives, the camps will need fuel" looks ahead to one.
 *
 * Only "as", "when", "once", "whenever" and "after" right before the season, and a verb of its
 * coming right after it (SEASON_ARRIVES_SOURCE's "sets in", "draws in", "approaches", "arrives",
 * "comes", "ends" … and their pasts; "sets", "closes" and "draws" only before "in"): "as winter
 * storms approach", "when summer heat returns" name a thing, not the season, and "after summer"
 * with no verb is left to the prepositions of time. Not a capitalised season, a name's or a title's
 * ("Fans cheered as Summer arrived on stage", "After Summer ends its run").
 *
 * @example seasonComing('as winter approaches', 3, 9) // { tense: 'future', habit: false }
 */
export function seasonComing(text: string, start: number, end: number): SeasonComing | undefined {
  // "Fans cheered as Summer arrived on stage", "After Summer ends its run at the Old Vic": a
  // capitalised season here is a person's name or a title's.
  if (CAPITALISED.test(text.slice(start, end).replace(/^the\s+/i, ''))) return undefined;
  const conjunction = CONJUNCTION_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  if (!conjunction) return undefined;
  const verb = VERB_AFTER.exec(text.slice(end));
  if (!verb) return undefined;
  if (verb[2]) return { tense: 'past', habit: false };
  const sentenceStart = Math.max(
    text.lastIndexOf('.', start),
    text.lastIndexOf('!', start),
    text.lastIndexOf('?', start),
  );
  const after = text.slice(end + verb[0].length);
  const sentenceEnd = after.search(/[.!?](?:\s|$)/);
  const rest = `${text.slice(sentenceStart + 1, start)} ${sentenceEnd < 0 ? after : after.slice(0, sentenceEnd)}`;
  const habit = HABIT_CONJUNCTION.test(conjunction[1]!) && !NOT_A_HABIT.test(rest);
  return { tense: habit ? undefined : 'future', habit };
}
