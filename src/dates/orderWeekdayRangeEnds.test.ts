import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Tuesday.
const DEC_1 = { published: '2026-12-01', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, DEC_1).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, DEC_1).map((m) => [m.text, m.value] as const);

describe("a stretch's second weekday", () => {
  it('reads "from Monday to Thursday" ahead as Dec. 7 to Dec. 10 in TimeML mode, as the news range already was', () => {
    const text = 'Overnight closures of the A14 will run from Monday to Thursday.';
    expect(timeml(text)).toEqual([
      ['Monday', '2026-12-07'],
      ['Thursday', '2026-12-10'],
    ]);
    expect(news(text)).toEqual([['Monday to Thursday', '2026-12-07/2026-12-10']]);
  });

  it('moves the end of "Monday through Friday" and "between Monday and Wednesday" after their first day', () => {
    expect(timeml('The strike runs Monday through Friday.').map((m) => m[1])).toEqual([
      '2026-12-07',
      '2026-12-11',
    ]);
    expect(timeml('The road will close between Monday and Wednesday.').map((m) => m[1])).toEqual([
      '2026-12-07',
      '2026-12-09',
    ]);
  });

  it('leaves an end already after its first ("from Friday to Monday" told in the past) and two days listed with "and"', () => {
    expect(timeml('Buses replaced trains from Friday to Monday.').map((m) => m[1])).toEqual([
      '2026-11-27',
      '2026-11-30',
    ]);
    expect(timeml('Trains ran on Monday and Thursday.').map((m) => m[1])).toEqual([
      '2026-11-30',
      '2026-11-26',
    ]);
  });
});
