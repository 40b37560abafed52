import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isPastCopulaHabit } from './isPastCopulaHabit.ts';

const MARCH = { published: '2026-03-03', locale: 'en-US' } as const;
const monthValues = (text: string, month: string) => [
  findMentions(text, MARCH).find((m) => m.text === month)?.value,
  findTimemlMentions(text, MARCH).find((m) => m.text === month)?.value,
];

describe('a state of the past told as a habit with "was" or "were"', () => {
  it('reads "Sales usually were weakest in February", said on 3 March 2026, as XXXX-02', () => {
    expect(monthValues('Sales usually were weakest in February.', 'February')).toEqual([
      'XXXX-02',
      'XXXX-02',
    ]);
  });

  it('reads "Stores in the mall were usually busiest in December", said on 3 March 2026, as XXXX-12', () => {
    expect(monthValues('Stores in the mall were usually busiest in December.', 'December')).toEqual(
      ['XXXX-12', 'XXXX-12'],
    );
  });

  it('leaves a participle, a future in the past and "generally" on the calendar', () => {
    expect(monthValues('The festival was always held in July, until it moved.', 'July')).toEqual([
      '2025-07',
      '2025-07',
    ]);
    expect(monthValues('The outcome always was going to be decided in June.', 'June')).toEqual([
      '2026-06',
      '2026-06',
    ]);
    expect(monthValues('Investors were generally optimistic in March.', 'March')).toEqual([
      '2026-03',
      '2026-03',
    ]);
  });

  it('asks for "was" or "were" next to the adverb and a state after them', () => {
    expect(isPastCopulaHabit('Shoppers usually were thrifty in ', 9, 'usually')).toBe(true);
    expect(isPastCopulaHabit('The fee was usually due in ', 12, 'usually')).toBe(false);
    expect(isPastCopulaHabit('Shoppers usually spent more in ', 9, 'usually')).toBe(false);
  });

  it('reads "The maples were usually red in October", said on 3 March 2026, as XXXX-10: "red" is a state, no participle', () => {
    expect(monthValues('The maples were usually red in October.', 'October')).toEqual([
      'XXXX-10',
      'XXXX-10',
    ]);
  });

  it('reads "The hills were usually green in April", said on 3 March 2026, as XXXX-04: "green" is a state, no participle', () => {
    expect(monthValues('The hills were usually green in April.', 'April')).toEqual([
      'XXXX-04',
      'XXXX-04',
    ]);
    expect(monthValues('The hills were usually seen in April.', 'April')).toEqual([
      '2025-04',
      '2025-04',
    ]);
  });
});
