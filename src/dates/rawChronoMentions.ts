import type { Mention } from '../model/mention.ts';
import type { Locale } from '../model/temporal.ts';
import { clockTime, pad, parseChrono } from './parseChrono.ts';

/**
 * The baseline the benchmark compares against: chrono-node alone, each result's value taken from
 * its components at the finest granularity chrono is certain of (a weekday counts as a day).
 */
export function rawChronoMentions(
  text: string,
  options: { published: string; locale: Locale },
): Pick<Mention, 'start' | 'end' | 'type' | 'value'>[] {
  return parseChrono(text, options).flatMap((r) => {
    const c = r.start;
    const ymd = `${c.get('year')}-${pad(c.get('month')!)}-${pad(c.get('day')!)}`;
    let value: string;
    if (c.isCertain('day') || c.isCertain('weekday')) value = ymd;
    else if (c.isCertain('month')) value = ymd.slice(0, 7);
    else if (c.isCertain('year')) value = ymd.slice(0, 4);
    else return [];
    const time = clockTime(c);
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
