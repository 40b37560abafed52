import * as chrono from 'chrono-node';
import type { Mention } from '../model/mention.ts';
import type { Locale } from '../model/temporal.ts';
import { toLocalDate } from './calendarDate.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The baseline the benchmark compares against: chrono-node alone, each result's value taken from
 * its components at the finest granularity chrono is certain of (a weekday counts as a day).
 */
export function rawChronoMentions(
  text: string,
  options: { published: string; locale: Locale },
): Pick<Mention, 'start' | 'end' | 'type' | 'value'>[] {
  const parser = options.locale === 'en-GB' ? chrono.en.GB : chrono.casual;
  const reference = toLocalDate(options.published);
  reference.setHours(12);
  return parser.parse(text, reference).flatMap((r) => {
    const c = r.start;
    const ymd = `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
    let value: string;
    if (c.isCertain('day') || c.isCertain('weekday')) value = ymd;
    else if (c.isCertain('month')) value = ymd.slice(0, 7);
    else if (c.isCertain('year')) value = ymd.slice(0, 4);
    else return [];
    const time = c.isCertain('hour') ? `T${pad(c.get('hour')!)}:${pad(c.get('minute') ?? 0)}` : '';
    return [
      {
        start: r.index,
        end: r.index + r.text.length,
        type: time ? ('TIME' as const) : ('DATE' as const),
        value: value + time,
      },
    ];
  });
}
