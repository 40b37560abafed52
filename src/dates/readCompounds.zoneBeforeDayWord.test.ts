import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

// A Monday.
const NOV_13_1989 = { published: '1989-11-13', locale: 'en-US' } as const;
const both = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, NOV_13_1989).map((m) => [m.text, m.value] as const),
  );
const tomorrow = shiftTimex(NOV_13_1989.published, { amount: 1, unit: 'day' });

describe('a clock, its zone and a day word', () => {
  it('reads "The Treasury will announce the results at 10 a.m. EST tomorrow", said on 13 November 1989, as 10 a.m. the next day', () => {
    for (const read of both('The Treasury will announce the results at 10 a.m. EST tomorrow.'))
      expect(read).toContainEqual(['10 a.m. EST tomorrow', `${tomorrow}T10:00`]);
  });

  it('reads "The report is due at 8:30 a.m. EDT tomorrow" and "at 2:30 p.m. EDT today" with their clocks', () => {
    for (const read of both('The report is due at 8:30 a.m. EDT tomorrow.'))
      expect(read).toEqual([['8:30 a.m. EDT tomorrow', `${tomorrow}T08:30`]]);
    for (const read of both('The Treasury will announce the size at 2:30 p.m. EDT today.'))
      expect(read).toEqual([['2:30 p.m. EDT today', `${NOV_13_1989.published}T14:30`]]);
  });

  it('reads "noon EST tomorrow" as noon of the next day', () => {
    for (const read of both('Bids are due by noon EST tomorrow.'))
      expect(read).toEqual([['noon EST tomorrow', `${tomorrow}T12:00`]]);
  });

  it('leaves a clock apart from a day word in the next sentence ("at 10 a.m. The time tomorrow …")', () => {
    for (const read of both('He arrived at 10 a.m. The time tomorrow is unclear.'))
      expect(read.map(([, value]) => value)).toEqual([`${NOV_13_1989.published}T10:00`, tomorrow]);
  });
});
