import type { Mention } from '../model/mention.ts';
import { toTimex } from './toTimex.ts';

/**
 * The mention of a weekday picked by its ordinal in a month, or of that weekend when the words
 * name one ("the last weekend of May"): the day itself (`2026-03-11`), or its ISO week's weekend
 * (`2026-W22-WE`), read against the publication date.
 */
export function weekdayOrWeekendMention(
  day: Date,
  weekend: boolean,
  published: string,
): Omit<Mention, 'text' | 'start' | 'end'> {
  return {
    type: 'DATE',
    value: weekend ? `${toTimex(day, 'week')}-WE` : toTimex(day, 'day'),
    granularity: weekend ? 'week' : 'day',
    anchor: { kind: 'published', date: published },
  };
}
