import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isSinceOccasionOnDay } from './isSinceOccasionOnDay.ts';

// A Wednesday, three days before the next Jan. 1.
const DEC_29_1999 = { published: '1999-12-29', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, DEC_29_1999).map((m) => [m.text, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, DEC_29_1999).map((m) => [m.text, m.value] as const);

describe('a day an occasion after "since" fell on', () => {
  it('reads "Since its debut on Jan. 1, the euro has fallen", said on 29 December 1999, as 1999-01-01', () => {
    const text =
      'Since its debut on Jan. 1, the euro has fallen about 15 percent against the dollar.';
    expect(read(text)).toEqual([['Jan. 1', '1999-01-01']]);
    expect(readTimeml(text)).toEqual([['Jan. 1', '1999-01-01']]);
  });

  it('reads "since its launch on Jan. 4" after the verb, said on 29 December 1999, as 1999-01-04', () => {
    expect(read('The euro has fallen 15 percent since its launch on Jan. 4.')).toEqual([
      ['Jan. 4', '1999-01-04'],
    ]);
  });

  it('still reads "since his arrest on Dec. 20", said on 29 December 1999, as 1999-12-20', () => {
    expect(read('He has been silent since his arrest on Dec. 20.')).toEqual([
      ['Dec. 20', '1999-12-20'],
    ]);
  });

  it('reads "Since the vote falls on Jan. 4", said on 29 December 1999, as 2000-01-04: "since" is "because"', () => {
    expect(read('Since the vote falls on Jan. 4, turnout may be low.')).toEqual([
      ['Jan. 4', '2000-01-04'],
    ]);
  });

  it('reads "Since the summit on Jan. 4 is the first", said on 29 December 1999, as 2000-01-04: the day\'s clause has its verb', () => {
    expect(read('Since the summit on Jan. 4 is the first, hopes are high.')).toEqual([
      ['Jan. 4', '2000-01-04'],
    ]);
  });

  it('reads "Since the ceremony on Jan. 3 requires tight security", said on 29 December 1999, as 2000-01-03: any verb after the day makes "since" "because"', () => {
    expect(
      read('Since the ceremony on Jan. 3 requires tight security, police are closing the square.'),
    ).toEqual([['Jan. 3', '2000-01-03']]);
  });

  it('reads no occasion in "since" with no owner or article, nor without "on" before the day', () => {
    expect(isSinceOccasionOnDay('since debut on ', ', it')).toBe(false);
    expect(isSinceOccasionOnDay('since its debut in ', ', it')).toBe(false);
    expect(isSinceOccasionOnDay('since the euro was launched on ', ', it')).toBe(false);
    expect(isSinceOccasionOnDay('since its debut on ', ', the euro has fallen')).toBe(true);
    expect(isSinceOccasionOnDay('since its debut on ', ' in Frankfurt.')).toBe(true);
    expect(isSinceOccasionOnDay('since the ceremony on ', ' requires security')).toBe(false);
  });
});
