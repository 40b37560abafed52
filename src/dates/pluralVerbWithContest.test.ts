import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 23 April 2026.
const THURSDAY = { published: '2026-04-23', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, THURSDAY).map((m) => `${m.text.replace(/^on /, '')} = ${m.value}`),
  );

describe("a plural's bare verb with a contest after 'the' before the day", () => {
  it.each([
    ['The Celtics open the playoffs at home Saturday.', 'Saturday = 2026-04-25'],
    ['They open the series Saturday.', 'Saturday = 2026-04-25'],
    ['England begin the Six Nations against Italy on Saturday.', 'Saturday = 2026-04-25'],
    ['Both teams start the new season on Friday.', 'Friday = 2026-04-24'],
    ['The Knicks wrap up the regular season in Boston on Sunday.', 'Sunday = 2026-04-26'],
    ['The Yankees open a three-game series in Cleveland on Saturday.', 'Saturday = 2026-04-25'],
    ['The Mets begin a six-game road trip in San Francisco on Monday.', 'Monday = 2026-04-27'],
  ])('reads "%s" as the coming day', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it.each([
    ['The Celtics opened the playoffs at home Saturday.', 'Saturday = 2026-04-18'],
    ['The Celtics did not open the series on Saturday.', 'Saturday = 2026-04-18'],
    ['Protesters close the road on Saturday.', 'Saturday = 2026-04-18'],
    ['The Celtics open the playoffs, which were delayed on Saturday.', 'Saturday = 2026-04-18'],
    ["The Celtics didn't open the series at home on Saturday.", 'Saturday = 2026-04-18'],
    ['The Rockets end the season with a win over Utah on Sunday.', 'Sunday = 2026-04-19'],
    ['Leicester end the season with a 2-1 win at Fulham on Sunday.', 'Sunday = 2026-04-19'],
    ['The Yankees opened a three-game series in Cleveland on Saturday.', 'Saturday = 2026-04-18'],
    [
      'The Mets end a six-game road trip with a 5-3 win in Denver on Sunday.',
      'Sunday = 2026-04-19',
    ],
    ['Protesters begin a hunger strike on Monday.', 'Monday = 2026-04-20'],
    // More than seven words between the contest and the day.
    [
      'Saracens end the season as champions of Europe after beating Leinster at Twickenham on Saturday.',
      'Saturday = 2026-04-18',
    ],
    // More than two words between "the" and the contest.
    [
      "Saracens end the club's most successful season as champions of Europe after beating Leinster on Saturday.",
      'Saturday = 2026-04-18',
    ],
  ])(
    'keeps the day gone by in "%s" (a past, a negation, no contest, a comma, a result, too far)',
    (text, found) => {
      expect(read(text)).toEqual([[found], [found]]);
    },
  );
});

describe("a plural's bare verb with a counted contest after 'a', as wire copy writes a schedule", () => {
  it('reads "The Red Sox open a four-game series against the Yankees on Thursday night", said on Tuesday 7 September 1999, as 1999-09-09', () => {
    const text = 'The Red Sox open a four-game series against the Yankees on Thursday night.';
    const options = { published: '1999-09-07', locale: 'en-US' } as const;
    expect(findMentions(text, options).map((m) => m.value)).toEqual(['1999-09-09']);
    expect(findTimemlMentions(text, options).map((m) => m.value)).toEqual(['1999-09-09TNI']);
  });
});
