import type { Pass, Reading } from './Reading.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { WEEKDAY_NAMES } from './weekdayNames.ts';
import { dayOfValue } from './valueShape.ts';

const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;

// "He was arrested on Feb. 10. The following Tuesday, he was released": a weekday named from
// the day last mentioned, not from publication. "on that Friday", "That Friday, …" and "late
// that Friday" are the one in the days after it; "that Friday" after a verb is left alone, since
// "said that Friday's talks" is a conjunction.
const NEIGHBOUR_WEEKDAY = new RegExp(
  `\\b(?:the\\s+(following|next|previous|preceding)|(?<=(?:\\b(?:on|by|until|till|since|from|early|late|later|earlier)\\s+|(?:^|[.!?]["”’]?\\s+|\\n)))(that))\\s+(${WEEKDAYS.join('|')})\\b`,
  'gi',
);

/**
 * Weekdays read against the day mentioned before them ("the following Tuesday", "the previous
 * Friday", "on that Friday"); against publication when no day has been named yet.
 */
export const readNeighbourWeekdays: Pass = (text) => {
  const readings: Reading[] = [];
  for (const m of text.matchAll(NEIGHBOUR_WEEKDAY)) {
    const word = (m[1] ?? m[2]!).toLowerCase();
    const weekday = WEEKDAYS.indexOf(m[3]!.toLowerCase());
    readings.push({
      start: m.index,
      end: m.index + m[0].length,
      priority: 3,
      anaphoric: true,
      resolve: (context) => {
        // The day the story is on, though a coarser mention came since ("that year").
        const named = context.day ?? context.anaphoric;
        const day = named.source.kind === 'published' ? undefined : dayOfValue(named.value);
        const anchor = day ? named : context.deictic;
        const from = day ?? context.published;
        // With no day named, "that Friday" points back to one already told of.
        const value =
          word === 'previous' || word === 'preceding'
            ? weekdayByTense(weekday, from, 'past', 'last')
            : word === 'that'
              ? weekdayByTense(weekday, from, day ? 'future' : 'past')
              : weekdayByTense(weekday, from, 'future', 'next');
        return {
          type: 'DATE',
          value,
          granularity: 'day',
          anchor: anchor.source,
        };
      },
    });
  }
  return readings;
};
