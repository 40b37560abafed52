import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isHolidayFixture } from './isHolidayFixture.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-GB' }).map(
      (m) => `${m.text.replace(/^on /, '')} = ${m.value}`,
    ),
  );

describe('a fixture named by its holiday, told with no tense', () => {
  it.each([
    ['Fans are looking forward to the Boxing Day derby.', 'Boxing Day = 2025-12-26'],
    ['The Boxing Day Test at the MCG is sold out.', 'Boxing Day = 2025-12-26'],
    ['Tickets for the Thanksgiving Day NFL game are on sale.', 'Thanksgiving Day = 2025-11-27'],
    ["The New Year's Day meeting at Cheltenham is in doubt.", "New Year's Day = 2026-01-01"],
  ])('reads "%s", said on 20 November 2025, as the coming holiday', (text, found) => {
    expect(read(text, '2025-11-20')).toEqual([[found], [found]]);
  });

  it('reads "The Boxing Day derby is a sell-out", said on 2 January 2026, as the one just played', () => {
    expect(read('The Boxing Day derby is a sell-out.', '2026-01-02')).toEqual([
      ['Boxing Day = 2025-12-26'],
      ['Boxing Day = 2025-12-26'],
    ]);
  });

  it.each([
    ['The FA is investigating crowd trouble at the Boxing Day derby.', '2026-01-20'],
    ["Salah's goal in the Boxing Day match is the club's goal of the month.", '2026-01-30'],
  ])('reads "%s", said on %s, as the nearer one gone by', (text, published) => {
    expect(read(text, published)).toEqual([
      ['Boxing Day = 2025-12-26'],
      ['Boxing Day = 2025-12-26'],
    ]);
  });

  it('reads "The Boxing Day Test is sold out", said on 1 October 2026, as the nearer one to come', () => {
    expect(read('The Boxing Day Test is sold out.', '2026-10-01')).toEqual([
      ['Boxing Day = 2026-12-26'],
      ['Boxing Day = 2026-12-26'],
    ]);
  });

  it.each([
    ['Tickets for Boxing Day are on sale.', 'Boxing Day = 2024-12-26'],
    ['He scored twice in the Boxing Day win over Leeds.', 'Boxing Day = 2024-12-26'],
    ['Leeds were beaten 3-0 in the Boxing Day fixture.', 'Boxing Day = 2024-12-26'],
    ['The Christmas Day games are a tradition in the NBA.', 'Christmas Day = 2024-12-25'],
  ])(
    'leaves "%s", said on 20 November 2025, to the tense (no fixture, a result, a habit)',
    (text, found) => {
      expect(read(text, '2025-11-20')).toEqual([[found], [found]]);
    },
  );

  it('finds the fixture after the holiday, not a noun of something else', () => {
    const derby = 'the Boxing Day derby';
    expect(isHolidayFixture(derby, 4, 14)).toBe(true);
    expect(isHolidayFixture('the Boxing Day sales', 4, 14)).toBe(false);
    expect(isHolidayFixture('the Boxing Day derby is an annual one', 4, 14)).toBe(false);
  });
});
