import type * as chrono from 'chrono-node';
import type { ChronoPart } from './ChronoPart.ts';
import { laterPartAfterDay } from './laterPartAfterDay.ts';
import { PART_OF_DAY_BUT_NIGHT_SOURCE } from './partOfDay.ts';
import { zonedBareHourPastNoon } from './zonedBareHourPastNoon.ts';

// A meridiem or part of the day written with an hour: "5 p.m.", "5pm", "5 in the morning".
export const MERIDIEM_WRITTEN = new RegExp(
  String.raw`\d\s*[ap]\.?m\b|\b(?:in\s+the\s+(?:${PART_OF_DAY_BUT_NIGHT_SOURCE})|at\s+night)\b`,
  'i',
);

/** The same components with the hour twelve later and the meridiem p.m., as certain. */
export function inAfternoon(c: chrono.ParsedComponents): chrono.ParsedComponents {
  const hour = c.get('hour')! + 12;
  return {
    isCertain: (k) => k === 'meridiem' || c.isCertain(k),
    get: (k) => (k === 'hour' ? hour : k === 'meridiem' ? 1 : c.get(k)),
    date: () => {
      const date = c.date();
      date.setHours(hour);
      return date;
    },
    tags: () => c.tags(),
  };
}

/**
 * "at about 10 o'clock Sunday night": a bare hour whose weekday has a later part of the day
 * after it (laterPartAfterDay) is that part's hour past noon (22:00; chrono reads 10:00). The
 * part is changed in place, as a range's ends are.
 */
export function hourOfPartAfterDay(text: string, part: ChronoPart): ChronoPart {
  const c = part.components;
  if (!c.isCertain('hour') || !c.isCertain('weekday') || c.isCertain('meridiem')) return part;
  if (MERIDIEM_WRITTEN.test(part.text)) return part;
  const hour = c.get('hour')!;
  const end = part.start + part.text.trimEnd().length;
  if (hour < 1 || hour > 11 || !laterPartAfterDay(text, part.text, end, hour)) return part;
  part.components = inAfternoon(c);
  return part;
}

/**
 * "The game tips off at 7 PT on Friday": a clock with no a.m. or p.m. and a US zone after it is
 * past noon where zonedBareHourPastNoon says so (19:00; chrono reads 07:00). In place, as
 * hourOfPartAfterDay.
 */
export function hourOfZonedClock(text: string, part: ChronoPart): ChronoPart {
  const c = part.components;
  if (!c.isCertain('hour') || c.isCertain('meridiem') || MERIDIEM_WRITTEN.test(part.text))
    return part;
  if (!zonedBareHourPastNoon(text, part.text, part.start, c.get('hour')!)) return part;
  part.components = inAfternoon(c);
  return part;
}
