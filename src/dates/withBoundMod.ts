import type { TimexMod } from '../model/temporal.ts';
import type { Reading } from './Reading.ts';
import { yearOfValue } from './valueShape.ts';

// Words that make a date a bound, not a point: "as soon as next week" is next week at the
// earliest (TIMEX AFTER), "no later than Friday" is Friday at the latest (BEFORE). "by Friday"
// and "until Friday" are left alone: a deadline's day is the day itself, as the dataset reads it.
const EARLIEST_BEFORE = /\b(?:as soon as|as early as|no earlier than|not before|not until)\s+$/i;
const LATEST_BEFORE = /\b(?:no later than|not later than)\s+$/i;
const EARLIEST_AFTER = /^,?\s+at the earliest\b/i;
const LATEST_AFTER = /^,?\s+at the latest\b/i;

/** Whether a resolved value places something on the calendar (not a duration or PAST_REF). */
const isCalendar = (type: string, value: string) =>
  (type === 'DATE' || type === 'TIME') && yearOfValue(value) !== undefined;

/**
 * The reading widened over "as soon as", "as early as", "no earlier than", "no later than" (or
 * a following "at the earliest"/"at the latest") with the TIMEX mod they give: AFTER for the
 * earliest, BEFORE for the latest. The words belong to the expression, as early/late do. A
 * reading that already has a mod of its own ("as early as late 2025": END) keeps it.
 */
export function withBoundMod(text: string, reading: Reading): Reading {
  const before = text.slice(Math.max(0, reading.start - 20), reading.start);
  const after = text.slice(reading.end, reading.end + 20);
  const lead = EARLIEST_BEFORE.exec(before) ?? LATEST_BEFORE.exec(before);
  const tail = EARLIEST_AFTER.exec(after) ?? LATEST_AFTER.exec(after);
  const bound = lead ?? tail;
  if (!bound) return reading;
  const mod: TimexMod = /earl|soon|before|until/i.test(bound[0]) ? 'AFTER' : 'BEFORE';
  const start = lead ? reading.start - lead[0].length : reading.start;
  const end = !lead && tail ? reading.end + tail[0].length : reading.end;
  return {
    ...reading,
    start,
    end,
    resolve: (context) => {
      const resolved = reading.resolve(context);
      if (resolved.mod || !isCalendar(resolved.type, resolved.value)) return resolved;
      return { ...resolved, mod };
    },
  };
}
