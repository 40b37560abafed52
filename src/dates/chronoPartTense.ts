import type * as chrono from 'chrono-node';
import type { ChronoPart } from './ChronoPart.ts';
import { arrangedForDay } from './arrangedForDay.ts';
import { TRAILING_STOPS } from './chronoPartSpan.ts';
import { DAY_AFTER_BEFORE_WEEKDAY } from './dayAfterWeekdayEvent.ts';
import { ownedDayEventTense } from './ownedDayEventTense.ts';
import { ownedDeadlineAhead } from './ownedDeadlineAhead.ts';
import {
  PART_AFTER_BEFORE_WEEKDAY,
  THIS_PART_AFTER_BEFORE_WEEKDAY,
} from './partAfterWeekdayEvent.ts';
import { resultAfterDay } from './resultAfterDay.ts';
import { stretchStart } from './stretchStart.ts';
import { tenseAround, type Tense } from './tenseAround.ts';
import { THIS_PART_BEFORE_BEFORE_WEEKDAY } from './thisPartBeforeWeekdayEvent.ts';

/** "Wednesday's ruling": the possessive after a day's words. */
const POSSESSIVE = /^['’]s\b/;

/**
 * The tense of the words around what chrono read at `part`, lying from `start` to `end`: a
 * stretch's first end takes the tense of the words around the whole stretch, and a weekday the
 * tense of what is told of it (arranged for it, a result on it, an event it owns).
 */
export function chronoPartTense(
  text: string,
  part: ChronoPart,
  start: number,
  end: number,
  published: string,
): Tense {
  const c = part.components;
  const has = (k: chrono.Component) => c.isCertain(k);
  // In "ran from April 28 to May 3" the second end's words (the month "May") are no cue to the
  // clause's tense.
  const to = part.to;
  // "Wednesday's ruling": a day named as the owner of what came of it has already happened,
  // unless it is awaited ("ahead of Friday's jobs report") or its sentence says what it will
  // do ("Friday's vote will decide it").
  // "has until Wednesday's deadline" is a deadline, read by the sentence as any deadline is.
  // "will meet on the morning after Thursday's vote": the event is a landmark of the time the
  // sentence tells, read by its tense (PART_AFTER_BEFORE_WEEKDAY), as is "the day after
  // Thursday's vote" (DAY_AFTER_BEFORE_WEEKDAY).
  const before = text.slice(Math.max(0, start - 30), start);
  // "said it had set a meeting for Friday": a thing arranged for a day is ahead of its
  // setting, whatever the tense of the setting (arrangedForDay).
  if (
    has('weekday') &&
    !has('month') &&
    arrangedForDay(text.slice(Math.max(0, start - 80), start), text.slice(end, end + 120))
  )
    return 'future';
  // "Leicester end the season at Fulham on Sunday with a 2-1 win": a score is known only
  // once the day is gone by, whatever the verb's tense.
  if (
    has('weekday') &&
    resultAfterDay(text.slice(end, end + 80), text.slice(Math.max(0, start - 160), start))
  )
    return 'past';
  // "this morning after Friday's computer problem": the weekday is before today.
  if (has('weekday') && THIS_PART_AFTER_BEFORE_WEEKDAY.test(before)) return 'past';
  // "this morning before Friday's vote": the weekday is after today (thisPartBeforeWeekdayEvent).
  if (has('weekday') && THIS_PART_BEFORE_BEFORE_WEEKDAY.test(before)) return 'future';
  if (
    !POSSESSIVE.test(text.slice(end, end + 3)) ||
    has('month') ||
    PART_AFTER_BEFORE_WEEKDAY.test(before) ||
    DAY_AFTER_BEFORE_WEEKDAY.test(before) ||
    ownedDeadlineAhead(text.slice(Math.max(0, start - 20), start), text.slice(end, end + 14))
  )
    return to
      ? tenseAround(text, stretchStart(text, start, end), stretchEnd(to))
      : tenseAround(text, start, end);
  // A day named alone as the owner of an event is read by what is told of the event
  // (ownedDayEventTense).
  return ownedDayEventTense(text, start, end, has('weekday') ? c.get('weekday') : null, published);
}

/** Where a stretch's second end's words end. */
function stretchEnd(to: ChronoPart): number {
  return to.start + to.text.replace(TRAILING_STOPS, '').length;
}
