import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { halfCourseAhead } from './halfCourseAhead.ts';

// The value both readings give the first mention of `phrase` in a sentence said on `on`.
const readBoth = (text: string, on: string, phrase: string) =>
  [findMentions, findTimemlMentions].map(
    (find) =>
      find(text, { published: on, locale: 'en-US' }).find((m) => m.text.includes(phrase))?.value,
  );
// The half `half` of the year `shift` years after the year of `on`, twice: "1990-H2".
const halfOf = (on: string, half: number, shift: number) => {
  const value = `${Number(on.slice(0, 4)) + shift}-H${half}`;
  return [value, value];
};

describe('halfCourseAhead', () => {
  it('finds a noun, a modal and a verb of a course after the half, not a figure or a "have"', () => {
    expect(halfCourseAhead(' sales will improve as rates decline.')).toBe(true);
    expect(halfCourseAhead(' operating margins should widen.')).toBe(true);
    expect(halfCourseAhead(' earnings will fall short of estimates.')).toBe(false);
    expect(halfCourseAhead(' sales could have improved.')).toBe(false);
    expect(halfCourseAhead(' sales would improve, but they fell.')).toBe(false);
  });

  it('reads "Analysts said second-half sales will improve as interest rates decline", said on 26 February 1990, as the coming second half (was 1989-H2)', () => {
    const on = '1990-02-26';
    const text = 'Analysts said second-half sales will improve as interest rates decline.';
    expect(readBoth(text, on, 'second-half')).toEqual(halfOf(on, 2, 0));
  });

  it('reads "Economists said first-half growth will slow", said on 20 August 1990, as the first half of 1991', () => {
    const on = '1990-08-20';
    const text = 'Economists said first-half growth will slow.';
    expect(readBoth(text, on, 'first-half')).toEqual(halfOf(on, 1, 1));
  });

  it('keeps "In July, analysts said second-half sales would improve, but they fell 8%", said on 20 February 1990, the half gone by', () => {
    const on = '1990-02-20';
    const text = 'In July, analysts said second-half sales would improve, but they fell 8%.';
    expect(readBoth(text, on, 'second-half')).toEqual(halfOf(on, 2, -1));
  });

  it('keeps "Chrysler said second-half earnings would narrow from a year earlier when it reports results next week", said on 10 January 1990, the half just ended', () => {
    const on = '1990-01-10';
    const text =
      'Chrysler said second-half earnings would narrow from a year earlier when it reports results next week.';
    expect(readBoth(text, on, 'second-half')).toEqual(halfOf(on, 2, -1));
  });

  it('keeps "The company said second-half earnings will fall short of estimates", said on 15 January 1990, the half just ended', () => {
    const on = '1990-01-15';
    const text = 'The company said second-half earnings will fall short of estimates.';
    expect(readBoth(text, on, 'second-half')).toEqual(halfOf(on, 2, -1));
  });

  it('keeps "Second-half earnings rose 12%", said on 20 February 1990, the half gone by', () => {
    const on = '1990-02-20';
    expect(readBoth('Second-half earnings rose 12%.', on, 'Second-half')).toEqual(
      halfOf(on, 2, -1),
    );
  });
});
