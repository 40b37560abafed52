import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { seasonOfYearEvent } from './seasonOfYearEvent.ts';

const OCT = { published: '2026-10-05', locale: 'en-GB' } as const;
const both = (text: string, phrase: string) =>
  [findMentions(text, OCT), findTimemlMentions(text, OCT)].map(
    (found) => found.find((m) => m.text.includes(phrase))?.value,
  );

describe('seasonOfYearEvent', () => {
  it('reads "Older readers remember the winter of discontent before the 1979 election", said on 5 October 2026, as 1978-WI', () => {
    const text = 'Older readers remember the winter of discontent before the 1979 election.';
    expect(both(text, 'winter')).toEqual(['1978-WI', '1978-WI']);
  });

  it('reads "Thousands came to San Francisco during the summer of love in 1967", said on 5 October 2026, as 1967-SU', () => {
    const text = 'Thousands came to San Francisco during the summer of love in 1967.';
    expect(both(text, 'summer')).toEqual(['1967-SU', '1967-SU']);
  });

  it('reads "Traders compared the selloff with the autumn of the 1987 crash", said on 5 October 2026, as 1987-FA', () => {
    const text = 'Traders compared the selloff with the autumn of the 1987 crash.';
    expect(both(text, 'autumn')).toEqual(['1987-FA', '1987-FA']);
  });

  it('keeps "Unions warned of the winter of discontent to come", said on 5 October 2026, as 2026-WI', () => {
    expect(both('Unions warned of the winter of discontent to come.', 'winter')).toEqual([
      '2026-WI',
      '2026-WI',
    ]);
  });

  it('keeps "The summer of 1976 was the hottest on record", said on 5 October 2026, as 1976-SU', () => {
    expect(both('The summer of 1976 was the hottest on record.', 'summer')).toEqual([
      '1976-SU',
      '1976-SU',
    ]);
  });

  it('gives "the spring of protest before the 1968 convention" the year 1968', () => {
    expect(seasonOfYearEvent('SP', ' of protest before the 1968 convention')).toBe(1968);
  });

  it('gives "the summer of sequels at the box office" and "the summer of love is back" no year', () => {
    expect(seasonOfYearEvent('SU', ' of sequels at the box office')).toBeUndefined();
    expect(seasonOfYearEvent('SU', ' of love is back')).toBeUndefined();
  });
});
