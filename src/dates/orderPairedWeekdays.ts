import { differenceInCalendarDays } from 'date-fns';
import type { Mention } from '../model/mention.ts';
import { toLocalDate } from './calendarDate.ts';
import { FOLLOWING_BEFORE } from './isFrontedDayFollowedFixture.ts';
import { sentenceAt } from './sentenceEnds.ts';
import { shiftTimex } from './shiftTimex.ts';
import { WEEKDAY_NAMES, WEEKDAY_ALONE, WEEKDAY_WORD } from './weekdayNames.ts';
import { isDayValue } from './valueShape.ts';

// "and" or "or" alone between the two, "on" perhaps repeated ("on Sunday and on Monday").
const JOINED = /^\s+(?:and|or)\s+(?:on\s+)?$/i;
// "on Thursday, preceded by a debate on Wednesday", "on Saturday, followed by a party on Sunday":
// the second day told before or after the first, in the same week, a few words between.
const PRECEDED_OR_FOLLOWED = /^,?\s+(preceded|followed)\s+by\b[^.;,]{0,40}?\s$/i;
// "On Tuesday the downhill is run, and the super-G follows on Thursday": the next event of a
// schedule, in the same sentence, is on the day of its name in the six after the first.
const NO_SENTENCE_END = /^[^.!?;]*$/;
// "Stocks rebounded Monday after Friday's 190-point plunge", "fell Tuesday ahead of Friday's jobs
// report": a weekday's own event told right after "after" or "before" another weekday is in the
// six before or after that day.
const AFTER_OWNED = /^\s+after\s+$/i;
const BEFORE_OWNED = /^\s+(?:before|ahead\s+of)\s+$/i;
const OWNED = /^['’]s\b/;
const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;
// "Monday's hearing would continue on Tuesday", "Monday's drop will be made up by Friday",
// "Friday's session could spill over into Saturday": a day's event told to go on, resume or be
// won back on or by another weekday. What goes on from a day was on that day first, so the day
// that owns it is the one of its name in the six before the other, whichever the tense of each
// alone would make it. A verb with an object ("Monday's meeting will continue talks on Tuesday")
// or one that does not carry the event on ("Monday's vote will decide Tuesday's") says nothing of
// the order.
const CARRIED_ON_VERB = [
  'continue',
  'resume',
  'reconvene',
  '(?:carry|spill)\\s+over(?:\\s+into)?',
  'run\\s+(?:on\\s+)?into',
  'be\\s+(?:continued|resumed|extended|completed|finished|recouped|reversed|erased|recovered|made\\s+up)',
].join('|');
const CARRIED_ON = new RegExp(
  `^['’]s\\s+(?:[a-z][a-z-]*\\s+){1,3}?(?:will|would|could|might|may|should|is\\s+to|was\\s+to|won['’]t)\\s+(?:(?:not|also|still|probably|likely|only)\\s+)?(?:${CARRIED_ON_VERB})\\s+(?:on|by|into|until|till|through)?\\s*$`,
  'i',
);

// "Lawyers said last week that Monday's hearing would resume on Tuesday", "..., the judge said at
// the time", "..., the judge had said": a saying placed before the day of publication, by a past
// perfect, "at the time" or a span gone by, tells its weekdays from that earlier day, which the
// copy does not give; the owning day is left where the tense of the narrative put it.
const SAYING_PLACED_BACK =
  /\b(?:had|at\s+the\s+time|last\s+(?:week|month|year|weekend)|(?:a|the)\s+(?:day|week)\s+before|(?:days|weeks)\s+(?:earlier|before)|earlier\s+(?:that|last)\s+week)\b/i;

/** Whether the weekday `second` names is the day after the one `first` names. */
function dayAfter(first: string, second: string): boolean {
  const index = (words: string) => WEEKDAYS.indexOf(/\w+$/.exec(words)![0].toLowerCase());
  return (index(first) + 1) % 7 === index(second);
}

/**
 * Two days in a row named in order and joined by "and" or "or" ("on Sunday and Monday",
 * "Thursday or Friday"): the second is the day after the first, not six days before it. The tense
 * of the pair reads both, so "Tickets for travel on Sunday and Monday will be accepted" said on a
 * Sunday put Monday six days back, the first being that very day; the second is moved a week on
 * when it would come before the first. Days not in a row are left as read: "statements made
 * Friday and Thursday" lists two days gone by, the later first.
 *
 * @example orderPairedWeekdays(text, [sunday0105, monday1230])
 * // [sunday0105, { …, value: '2025-01-06' }]
 */
export function orderPairedWeekdays(
  text: string,
  mentions: Mention[],
  published: string,
): Mention[] {
  return mentions.map((m, i) => {
    const first = mentions[i - 1];
    const told = first && besideFirst(text, first, m);
    if (told) return told;
    const owner = mentions[i + 1] && carriedOnFrom(text, m, mentions[i + 1]!, published);
    if (owner) return owner;
    if (
      !first ||
      !WEEKDAY_ALONE.test(m.text) ||
      !WEEKDAY_ALONE.test(first.text) ||
      !dayAfter(first.text, m.text) ||
      !isDayValue(m.value) ||
      !isDayValue(first.value) ||
      m.value >= first.value ||
      !JOINED.test(text.slice(first.end, m.start))
    ) {
      return m;
    }
    return { ...m, value: shiftTimex(m.value, { amount: 7, unit: 'day' }) };
  });
}

/**
 * "The vote is on Thursday, preceded by a debate on Wednesday": a weekday told after "preceded
 * by" or "followed by" another, or after a schedule's "and the super-G follows on", is the day of
 * that name in the six before or after it, whatever tense the clause has; `undefined` when the
 * words are not so.
 */
function besideFirst(text: string, first: Mention, m: Mention): Mention | undefined {
  if (!WEEKDAY_ALONE.test(m.text) || !WEEKDAY_ALONE.test(first.text)) return undefined;
  if (!isDayValue(m.value) || !isDayValue(first.value)) return undefined;
  const between = text.slice(first.end, m.start);
  const follows = FOLLOWING_BEFORE.test(between) && NO_SENTENCE_END.test(between);
  const how = follows
    ? 'followed'
    : (PRECEDED_OR_FOLLOWED.exec(between)?.[1]?.toLowerCase() ?? ownedBeside(text, between, m));
  if (!how) return undefined;
  const days = differenceInCalendarDays(toLocalDate(m.value), toLocalDate(first.value));
  const wanted = how === 'preceded' ? (((days % 7) + 7) % 7) - 7 : ((days % 7) + 7) % 7;
  if (wanted === 0 || wanted === -7) return undefined;
  const shift = wanted - days;
  return shift === 0 ? m : { ...m, value: shiftTimex(m.value, { amount: shift, unit: 'day' }) };
}

/**
 * "Monday's hearing would continue on Tuesday", said on a Friday: the weekday that owns an event
 * told to go on to another weekday (`later`) is the day of its name in the six before that one,
 * so the hearing is the coming Monday when Tuesday is the coming Tuesday; "Monday's drop will be
 * made up by Friday", said on a Wednesday, is the Monday gone by. Only when the later day is still
 * ahead of publication and the saying is not placed back before it (SAYING_PLACED_BACK).
 * `undefined` when the words are not so.
 */
function carriedOnFrom(
  text: string,
  owner: Mention,
  later: Mention,
  published: string,
): Mention | undefined {
  if (!WEEKDAY_WORD.test(owner.text)) return undefined;
  if (!WEEKDAY_ALONE.test(later.text) || !isDayValue(owner.value) || !isDayValue(later.value))
    return undefined;
  const between = text.slice(owner.end, later.start) + later.text.replace(/\w+$/, '');
  if (!CARRIED_ON.test(between)) return undefined;
  if (later.value < published.slice(0, 10)) return undefined;
  if (SAYING_PLACED_BACK.test(sentenceAt(text, owner.start, later.end))) return undefined;
  const days = differenceInCalendarDays(toLocalDate(later.value), toLocalDate(owner.value));
  const wanted = ((days % 7) + 7) % 7;
  if (wanted === 0) return undefined;
  const shift = days - wanted;
  return shift === 0
    ? owner
    : { ...owner, value: shiftTimex(owner.value, { amount: shift, unit: 'day' }) };
}

/** "preceded" or "followed" for a weekday's own event told right after "after" or "before" another. */
function ownedBeside(text: string, between: string, m: Mention): string | undefined {
  if (!OWNED.test(text.slice(m.end))) return undefined;
  if (AFTER_OWNED.test(between)) return 'preceded';
  return BEFORE_OWNED.test(between) ? 'followed' : undefined;
}
