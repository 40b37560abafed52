import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 20 August 2025, five days before the August bank holiday (Monday the 25th).
const AUGUST = { published: '2025-08-20', locale: 'en-GB' } as const;
const read = (text: string, options: { published: string; locale: 'en-GB' } = AUGUST) =>
  findMentions(text, options).map((m) => `${m.text} ${m.value}`);

describe('a bank holiday not named, near one', () => {
  it('reads the bank holiday weekend as the weekend before the coming Monday bank holiday', () => {
    const text = 'Motorists are being urged to set off early for the bank holiday weekend.';
    expect(read(text)).toEqual(['the bank holiday weekend 2025-W34-WE']);
    expect(findTimemlMentions(text, AUGUST).map((m) => m.value)).toEqual(['2025-W34-WE']);
  });

  it('reads "bank holiday Monday" and "the bank holiday" as the Monday', () => {
    expect(read('The carnival ends on bank holiday Monday.')).toEqual([
      'bank holiday Monday 2025-08-25',
    ]);
    expect(read('Buses will run a reduced service on the bank holiday.')).toEqual([
      'the bank holiday 2025-08-25',
    ]);
  });

  it('reads the one gone by when the sentence is past and one lies behind', () => {
    const after = { published: '2025-08-28', locale: 'en-GB' } as const;
    expect(read('Roads were jammed over the bank holiday weekend.', after)).toEqual([
      'the bank holiday weekend 2025-W34-WE',
    ]);
  });

  it('reads nothing in bank holidays as a kind of day', () => {
    expect(read('Shops have different hours on bank holidays.')).toEqual([]);
  });

  it('reads nothing in bank holiday weekends or Mondays as kinds of day', () => {
    expect(read('Roads will be busy over the bank holiday weekends.')).toEqual([]);
    expect(read('The museum is closed on bank holiday Mondays.')).toEqual([]);
  });

  it('reads bank holiday Monday in a list of days', () => {
    expect(read('The carnival takes place on Sunday and bank holiday Monday.')).toEqual([
      'on Sunday 2025-08-24',
      'bank holiday Monday 2025-08-25',
    ]);
  });

  it.each([
    ['The next bank holiday is Christmas Day.'],
    ['Markets in Japan are closed on Monday for a bank holiday.'],
    ['Unions are calling for an extra bank holiday to mark the anniversary.'],
    ['Shops will close early for the Good Friday bank holiday.'],
    ['Gardai expect heavy traffic over the June bank holiday weekend.'],
  ])('reads no nearby Monday into "%s"', (text) => {
    expect(read(text).filter((m) => m.includes('bank holiday'))).toEqual([]);
  });

  it('reads no Monday of England and Wales in American English', () => {
    const text = 'Banks will be closed for the bank holiday on Monday.';
    const american = { published: '2025-08-20', locale: 'en-US' } as const;
    expect(findMentions(text, american).map((m) => m.text)).toEqual(['on Monday']);
  });

  it('leaves the words to the weekend reader far from any Monday bank holiday', () => {
    const july = { published: '2025-07-10', locale: 'en-GB' } as const;
    expect(read('Roads will be busy over the bank holiday weekend.', july)).toEqual([
      'the bank holiday weekend 2025-W28-WE',
    ]);
  });
});
