import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const MARCH = { published: '2025-03-12', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, MARCH).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH).map((m) => `${m.text} = ${m.value}`);

describe('weekdayOfNamedDay', () => {
  it('reads "Christmas falls on a Thursday this year" as the weekday of Christmas, not the Thursday gone by', () => {
    const text = 'Christmas falls on a Thursday this year.';
    expect(read(text)).toContain('Thursday = 2025-12-25');
    expect(timeml(text)).toContain('Thursday = 2025-12-25');
    expect(read('Independence Day fell on a Thursday last year.')).toContain(
      'Thursday = 2024-07-04',
    );
  });

  it('reads "falls on a Friday" with no day of that weekday before it as no dated mention, and as a weekday of no week in TimeML', () => {
    const text = 'The holiday falls on a Friday this year.';
    expect(read(text).filter((m) => m.startsWith('Friday'))).toEqual([]);
    expect(timeml(text)).toContain('Friday = XXXX-WXX-5');
  });

  it('keeps a weekday that is no day of the week of a date as it was', () => {
    // Near misses: "on Friday" with no article (a weekday, the coming one as a holiday's present
    // tells it), and "a Friday" after another verb.
    expect(read('The holiday falls on Friday.')).toEqual(['on Friday = 2025-03-14']);
    expect(read('Prices fell on Friday.')).toEqual(['on Friday = 2025-03-07']);
    expect(read('The deal was signed on a Friday.')).toEqual(['Friday = 2025-03-07']);
  });

  it('reads "Purim falls on Tuesday this year", no article, as the weekday of Purim, not the Tuesday gone by', () => {
    const on = { published: '2026-03-02', locale: 'en-US' } as const;
    const text = 'Purim falls on Tuesday this year.';
    expect(findMentions(text, on).map((m) => `${m.text} = ${m.value}`)).toContain(
      'on Tuesday = 2026-03-03',
    );
    expect(findTimemlMentions(text, on).map((m) => `${m.text} = ${m.value}`)).toContain(
      'Tuesday = 2026-03-03',
    );
    const december = { published: '2026-12-01', locale: 'en-GB' } as const;
    expect(
      findMentions('Christmas Day falls on Friday this year.', december).map(
        (m) => `${m.text} = ${m.value}`,
      ),
    ).toContain('on Friday = 2026-12-25');
  });

  it('keeps "Sales fell on Tuesday" after a day of that weekday a day of its own, a fall on a day', () => {
    // 4 March 2025 was a Tuesday; the Tuesday the sales fell on is the one gone by, 11 March.
    expect(read('After the holiday on March 4, sales fell on Tuesday.')).toContain(
      'on Tuesday = 2025-03-11',
    );
  });
});
