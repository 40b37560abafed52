import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe('a year that opens a case number', () => {
  it('reads no 2023 in "Case number 2023-CR-1147 was dismissed on Thursday"', () => {
    expect(read('Case number 2023-CR-1147 was dismissed on Thursday.', '2026-05-06')).toEqual([
      ['on Thursday = 2026-04-30'],
      ['Thursday = 2026-04-30'],
    ]);
  });

  it('reads no 2024 in "The lawsuit, No. 2024-CV-00456, was filed in March"', () => {
    expect(read('The lawsuit, No. 2024-CV-00456, was filed in March.', '2026-05-06')).toEqual([
      ['March = 2026-03'],
      ['March = 2026-03'],
    ]);
  });

  it('keeps the years of "the 2023-24 season"', () => {
    expect(read('Attendance fell in the 2023-24 season.', '2026-05-06')[1]).toEqual([
      'the 2023-24 season = 2023',
    ]);
  });

  it('keeps the year of "the 2019-to-2020 school year", a word in small letters after it', () => {
    expect(read('Enrollment fell in the 2019-to-2020 school year.', '2026-05-06')).toEqual([
      ['2019 = 2019'],
      ['2019 = 2019'],
    ]);
  });

  it('keeps the year of "after the 2003-US-led invasion", a word after the capitals', () => {
    expect(read('He left Iraq after the 2003-US-led invasion.', '2026-05-06')).toEqual([
      ['2003 = 2003'],
      ['2003 = 2003'],
    ]);
  });
});
