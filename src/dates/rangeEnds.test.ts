import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { parseChrono } from './parseChrono.ts';
import { clockRange, clockRangeIntoNextDay, nightBefore, rangeEnds } from './rangeEnds.ts';

const MARCH_2026 = { published: '2026-03-04', locale: 'en-US' } as const; // a Wednesday

/** The parts chrono reads in `text`, with their ends read together. */
function ends(text: string, options: typeof MARCH_2026 | { published: string; locale: 'en-GB' }) {
  return rangeEnds(text, text, parseChrono(text, options), options);
}

/** Each part's words and the hour, day and month it is certain of. */
function read(text: string, options: Parameters<typeof ends>[1] = MARCH_2026) {
  return ends(text, options).map((part) => {
    const c = part.components;
    const certain = (k: 'hour' | 'day' | 'month') => (c.isCertain(k) ? c.get(k) : null);
    return [part.text.trim(), certain('hour'), certain('day'), certain('month')];
  });
}

describe('rangeEnds', () => {
  it("splits 'from March 9 to March 16' into two ends that point to each other", () => {
    const [first, second] = ends('The fair runs from March 9 to March 16.', MARCH_2026);
    expect(first!.text).toBe('March 9');
    expect(second!.text).toBe('March 16');
    expect(second!.from).toBe(first);
    expect(first!.to).toBe(second);
  });

  it("reads 'from 9 to 5' as a working day, its second end at 17:00", () => {
    expect(read('The office is open from 9 to 5 on Friday.').map(([, hour]) => hour)).toEqual([
      9, 17,
    ]);
  });

  it("keeps the morning of 'from 7 to 11', whose second hour is after its first", () => {
    expect(read('The office is open from 7 to 11 on Friday.').map(([, hour]) => hour)).toEqual([
      7, 11,
    ]);
  });

  it("reads the bare second end of 'from 10 p.m. on March 3 to 4 a.m.' as 4 a.m., no day of its own", () => {
    const [, second] = read('The road closes from 10 p.m. on March 3 to 4 a.m.');
    expect(second![0]).toMatch(/^4 a\.m/);
    expect(second!.slice(1)).toEqual([4, null, null]);
  });

  it("reads 'from Monday 13 to Friday 17 January' with the first end on the 13th of that month", () => {
    const [first] = read('The show runs from Monday 13 to Friday 17 January.', {
      published: '2025-01-08',
      locale: 'en-GB',
    });
    expect(first![0]).toMatch(/Monday 13$/);
    expect(first!.slice(1)).toEqual([null, 13, 1]);
  });

  it("joins 'between 11 p.m. Friday and 5 a.m.' as a range, the second end after the first", () => {
    const parts = ends('The line is shut between 11 p.m. Friday and 5 a.m.', MARCH_2026);
    const second = parts.find((part) => part.text.trim() === '5 a.m.');
    expect(second?.from?.text).toMatch(/11 p\.m\. Friday/);
    expect(clockRange(second!)).toBe(true);
  });
});

describe('a stretch of hours whose midnight chrono puts first', () => {
  it("gives 'from 9 p.m. until midnight on Dec. 31' each end its own words' reading", () => {
    // Said in March, Dec. 31 is last year's: chrono reads the midnight as that day's start,
    // before 9 p.m., and gives the two readings the other way round.
    expect(read('Fireworks ran from 9 p.m. until midnight on Dec. 31.')).toEqual([
      ['from 9 p.m.', 21, 31, 12],
      ['midnight on Dec. 31', 0, 31, 12],
    ]);
  });

  it("leaves 'from 9 a.m. to noon on Friday' and 'from 6 p.m. March 2 to midnight March 3' as read", () => {
    expect(read('The shop was open from 9 a.m. to noon on Friday.')).toEqual([
      ['from 9 a.m.', 9, null, null],
      ['noon on Friday', 12, null, null],
    ]);
    expect(read('Crews worked from 6 p.m. March 2 to midnight March 3.')).toEqual([
      ['from 6 p.m. March 2', 18, 2, 3],
      ['midnight March 3', 0, 3, 3],
    ]);
  });

  it.each([
    ['2026-01-02', '2025-12-31T21:00', '2026-01-01T00:00', '2025-12-31T24'],
    ['2026-06-01', '2025-12-31T21:00', '2026-01-01T00:00', '2025-12-31T24'],
  ])(
    "reads 'from 9 p.m. until midnight on Dec. 31', said on %s, as Dec. 31's last three hours",
    (published, from, to, timexTo) => {
      const text = 'Fireworks ran from 9 p.m. until midnight on Dec. 31.';
      const options = { published, locale: 'en-US' } as const;
      expect(findMentions(text, options).map((m) => m.value)).toEqual([from, to]);
      expect(findTimemlMentions(text, options).map((m) => m.value)).toEqual([from, timexTo]);
    },
  );
});

describe('the questions asked of a range of hours', () => {
  it("puts the second clock of 'from 10 p.m. Friday until 6 a.m.' on the day after the first", () => {
    const [, second] = ends('The line is shut from 10 p.m. Friday until 6 a.m.', MARCH_2026);
    expect(clockRangeIntoNextDay(second!)).toBe(true);
  });

  it("keeps the second clock of 'from 9 a.m. Friday until 6 p.m.' on the first's day", () => {
    const [, second] = ends('The line is shut from 9 a.m. Friday until 6 p.m.', MARCH_2026);
    expect(clockRangeIntoNextDay(second!)).toBe(false);
  });

  it("reads the first clock of 'between 10 p.m. and 4 a.m. on Sunday' as the night before Sunday", () => {
    const text = 'The road is closed between 10 p.m. and 4 a.m. on Sunday.';
    const [first] = ends(text, MARCH_2026);
    expect(nightBefore(text, first!)).toBe(true);
  });

  it("does not read 'from 10 p.m. to 4 a.m. Sunday night' as the night before Sunday", () => {
    const text = 'The road is closed from 10 p.m. to 4 a.m. Sunday night.';
    const [first] = ends(text, MARCH_2026);
    expect(nightBefore(text, first!)).toBe(false);
  });
});
