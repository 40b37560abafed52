import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';

const MARCH = { published: '2025-03-12', locale: 'en-US' } as const; // a Wednesday

/** The mentions of `text` as [words, value, mod], each checked against the schema and offsets. */
function read(text: string, published: string = MARCH.published) {
  const all = findMentions(text, { published, locale: 'en-US' });
  for (const m of all) {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  return all.map((m) => [m.text, m.value, ...(m.mod ? [m.mod] : [])]);
}

describe('findMentions: business and wire plans', () => {
  it('reads a weekday after a zoned clock time that is set for it as the coming one', () => {
    expect(read('The launch is set for 11 p.m. Moscow time on Friday (2000 GMT).')).toEqual([
      ['11 p.m. Moscow time on Friday', '2025-03-14T23:00'],
      ['2000 GMT', '2025-03-14T20:00'],
    ]);
  });
});

describe('findMentions: business periods', () => {
  it('joins a fiscal year and its quarter in either order', () => {
    expect(read('FY25 Q3 revenue rose 4%.')).toEqual([['FY25 Q3', '2025-Q3']]);
    expect(read('Q3 FY25 revenue rose 4%.')).toEqual([['Q3 FY25', '2025-Q3']]);
    expect(read("The company's FY2026 Q1 guidance was cut.")).toEqual([['FY2026 Q1', '2026-Q1']]);
    expect(read('Sales in the third quarter of fiscal 2025 were flat.')).toEqual([
      ['the third quarter of fiscal 2025', '2025-Q3'],
    ]);
  });
});

describe('findMentions: May the person after a plan word', () => {
  it('reads May before "and" and a possessive as a person, and before another month as the month', () => {
    expect(read('The table was set for May and her guests.')).toEqual([]);
    expect(read('A room was booked for May and his aides.')).toEqual([]);
    expect(read('The vote is set for May and June.')).toEqual([
      ['May', '2025-05'],
      ['June', '2025-06'],
    ]);
  });
});

describe('findMentions: a part of the year only just begun', () => {
  it('reads a quarter or half just begun, told in the past, as last year’s', () => {
    expect(read('First-half profit fell 8%.', '2025-01-12')).toEqual([['First-half', '2024-H1']]);
    expect(read('First-quarter sales rose 3%.', '2025-01-12')).toEqual([
      ['First-quarter', '2024-Q1'],
    ]);
  });

  it('keeps the current quarter or half when the sentence counts it so far or names its end', () => {
    expect(read('Second-quarter sales have risen 4% so far.', '2025-04-08')).toEqual([
      ['Second-quarter', '2025-Q2'],
    ]);
    expect(read('First-half sales to date rose 2%.', '2025-01-12')).toEqual([
      ['First-half', '2025-H1'],
    ]);
    expect(read('Second-quarter sales are running ahead of plan.', '2025-05-12')).toEqual([
      ['Second-quarter', '2025-Q2'],
    ]);
    expect(read('It lost $5 million in its fourth quarter ended Sept. 30.', '2025-10-02')).toEqual([
      ['fourth quarter', '2025-Q4'],
      ['Sept. 30', '2025-09-30'],
    ]);
  });
});
