import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { furtherDeedTime } from './furtherDeedTime.ts';

const read = (text: string, published: string, locale: 'en-GB' | 'en-US' = 'en-GB') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a further deed’s month or day more than a quarter after a dated one', () => {
  it('reads "She was appointed chief executive in October 2023 and resigned in February" as February 2024', () => {
    const both = ['October 2023 = 2023-10', 'February = 2024-02'];
    expect(
      read(
        'She was appointed chief executive in October 2023 and resigned in February.',
        '2026-03-11',
      ),
    ).toEqual([both, both]);
  });

  it('reads "The theater reopened in March 2021 and staged its first sellout in December" as December 2021', () => {
    const both = ['March 2021 = 2021-03', 'December = 2021-12'];
    expect(
      read(
        'The theater reopened in March 2021 and staged its first sellout in December.',
        '2026-06-10',
        'en-US',
      ),
    ).toEqual([both, both]);
  });

  it('reads "The bridge closed for repairs in November 2024 and reopened on March 2" as 2 March 2025', () => {
    expect(
      read(
        'The bridge closed for repairs in November 2024 and reopened on March 2.',
        '2026-10-14',
        'en-US',
      )[1],
    ).toEqual(['November 2024 = 2024-11', 'March 2 = 2025-03-02']);
  });

  it('does not carry the year to a deed that would fall after the publication: "She joined the board in October 2025 and resigned in June"', () => {
    // The next June after October 2025 is June 2026, after the day it is told on.
    expect(
      read('She joined the board in October 2025 and resigned in June.', '2026-03-11')[0],
    ).toEqual(['October 2025 = 2025-10', 'June = 2025-06']);
  });

  it('does not carry the year eleven months and more on: "The club was founded in March 2019 and won its first title in February"', () => {
    // February 2020 lies eleven months on, past the reach.
    expect(
      read(
        'The club was founded in March 2019 and won its first title in February.',
        '2026-06-10',
      )[0],
    ).toEqual(['March 2019 = 2019-03', 'February = 2026-02']);
  });

  it('does not carry the year to what was said: "She was appointed in October 2023 and said she would step down in February"', () => {
    expect(
      read(
        'She was appointed in October 2023 and said she would step down in February.',
        '2026-03-11',
      )[0],
    ).toEqual(['October 2023 = 2023-10', 'February = 2027-02']);
  });

  it('gives the first such month after the dated one, within eleven months', () => {
    expect(furtherDeedTime('2023-10', 2, undefined, '2026-03-11')).toBe('2024-02');
    expect(furtherDeedTime('2024-11', 3, 2, '2026-10-14')).toBe('2025-03-02');
    expect(furtherDeedTime('2019-03', 2, undefined, '2026-06-10')).toBeUndefined();
    expect(furtherDeedTime('2025-10', 6, undefined, '2026-03-11')).toBeUndefined();
  });
});
