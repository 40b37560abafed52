import { describe, expect, it } from 'vitest';
import { digitClockOfLastNight } from './digitClockOfLastNight.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '1998-02-24', locale: 'en-US' } as const;
const both = (text: string) => [
  findMentions(text, options).map((m) => [m.text, m.value]),
  findTimemlMentions(text, options).map((m) => [m.text, m.value]),
];

describe('a clock in figures before "last night"', () => {
  it('reads "The first tremor struck at 2:30 last night", said on 24 February 1998, as 1998-02-24T02:30', () => {
    const read = [['2:30 last night', '1998-02-24T02:30']];
    expect(both('The first tremor struck at 2:30 last night.')).toEqual([read, read]);
  });

  it('reads "The train derailed at 12:45 last night", said on 24 February 1998, as 1998-02-24T00:45', () => {
    expect(findTimemlMentions('The train derailed at 12:45 last night.', options)[0]?.value).toBe(
      '1998-02-24T00:45',
    );
  });

  it('reads "The committee adjourned at 11:30 last night", said on 24 February 1998, as 1998-02-23T23:30', () => {
    const read = [['11:30 last night', '1998-02-23T23:30']];
    expect(both('The committee adjourned at 11:30 last night.')).toEqual([read, read]);
  });

  it('reads "The storm hit the coast at 8:20 last night", said on 24 February 1998, as 1998-02-23T20:20', () => {
    expect(findMentions('The storm hit the coast at 8:20 last night.', options)[0]?.value).toBe(
      '1998-02-23T20:20',
    );
  });

  it('reads no clock in "He ran the mile in 4:07 last night", a time taken', () => {
    const read = findMentions('He ran the mile in 4:07 last night.', options);
    expect(read.map((m) => m.text)).toEqual(['last night']);
  });

  it('reads no clock in "The Kenyan won the race by 1:12 last night", a margin (review)', () => {
    const read = both('The Kenyan won the race by 1:12 last night.');
    expect(read.map((r) => r.map(([text]) => text))).toEqual([['last night'], ['last night']]);
  });

  it('still reads "The fire was out by 11:30 last night" as 1998-02-23T23:30 (review)', () => {
    const read = [['11:30 last night', '1998-02-23T23:30']];
    expect(both('The fire was out by 11:30 last night.')).toEqual([read, read]);
  });

  it('still reads "at 2:30 p.m. last night" by its p.m.', () => {
    expect(findMentions('It struck at 2:30 p.m. last night.', options)[0]?.value).toBe(
      '1998-02-23T14:30',
    );
  });

  it('tells the small hours by the one cut-off, 5 a.m.', () => {
    expect(digitClockOfLastNight(4, '50', '1998-02-24')).toBe('1998-02-24T04:50');
    expect(digitClockOfLastNight(5, '10', '1998-02-24')).toBe('1998-02-23T17:10');
    expect(digitClockOfLastNight(12, '05', '1998-03-01')).toBe('1998-03-01T00:05');
  });
});
