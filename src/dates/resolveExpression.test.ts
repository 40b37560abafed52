import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { DateResolutionError } from './DateResolutionError.ts';
import { findMentions } from './findMentions.ts';
import { resolveExpression, type ResolveOptions } from './resolveExpression.ts';
import { shiftTimex } from './shiftTimex.ts';

const seed = (prefix: string) => {
  const name = [
    '000_8337474839ae0089',
    '001_f6e0c220f98222b1',
    '002_454c2651f06a9d28',
    '003_662f28003ec8c695',
    '004_40e23bd94e56c23b',
  ].find((n) => n.startsWith(prefix))!;
  return readFileSync(new URL(`../../seeds/${name}.txt`, import.meta.url), 'utf8');
};
const US: ResolveOptions = { published: '2025-08-06', locale: 'en-US' };
const GB: ResolveOptions = { published: '2025-08-07', locale: 'en-GB' };

/**
 * Resolves the nth occurrence of `expression` in `text`, checking the result against the schema.
 */
function resolve(text: string, expression: string, options: ResolveOptions, nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(expression, start + 1);
  if (start < 0) throw new Error(`test setup: "${expression}" not in text`);
  return Mention.parse(resolveExpression(text, { start, end: start + expression.length }, options));
}

describe('resolveExpression on joined mentions', () => {
  const MARCH = { published: '2025-03-12', locale: 'en-US' } as const; // a Wednesday

  it('reads a stretch the news reading joins as the one interval, not its first end', () => {
    const text =
      'Talks were held March 3-5 in London. Dock workers will strike from Monday to Wednesday.';
    expect(resolve(text, 'March 3-5', MARCH)).toMatchObject({
      value: '2025-03-03/2025-03-05',
      granularity: 'span',
    });
    expect(resolve(text, 'Monday to Wednesday', MARCH).value).toBe('2025-03-17/2025-03-19');
  });

  it('still reads one end alone when only that end is asked for', () => {
    const text = 'Dock workers will strike from Monday to Wednesday.';
    expect(resolve(text, 'Monday', MARCH).value).toBe('2025-03-17');
  });
});

describe('resolveExpression on the seed articles', () => {
  it('reads a bare weekday as the latest one on or before publication', () => {
    expect(resolve(seed('000'), 'on Wednesday', US).value).toBe('2025-08-06');
    expect(resolve(seed('002'), 'Wednesday evening', US)).toMatchObject({
      value: '2025-08-06',
      granularity: 'day',
    });
    expect(resolve(seed('003'), 'on 6/8', GB).value).toBe('2025-08-06');
  });

  it('reads a weekday as the next one when it is a deadline', () => {
    expect(resolve(seed('002'), 'until Friday', US).value).toBe('2025-08-08');
    expect(resolve(seed('004'), 'a Friday deadline', US).value).toBe('2025-08-08');
    expect(resolve(seed('004'), 'just two days before a Friday deadline', US).value).toBe(
      '2025-08-08',
    );
  });

  it('keeps week granularity for next week', () => {
    expect(resolve(seed('000'), 'as soon as next week', US)).toMatchObject({
      value: '2025-W33',
      granularity: 'week',
    });
    expect(resolve(seed('004'), 'as early as next week', US).value).toBe('2025-W33');
  });

  it('keeps month granularity for a month and year, in words or day-first numerals', () => {
    expect(resolve(seed('001'), 'June 2021', US)).toMatchObject({
      value: '2021-06',
      granularity: 'month',
    });
    expect(resolve(seed('003'), '6/2021', GB).value).toBe('2021-06');
    expect(resolve(seed('001'), 'December 2019', US).value).toBe('2019-12');
    expect(resolve(seed('003'), '12/2019', GB).value).toBe('2019-12');
  });

  it('reads by 8/8 and on 8/8 as 8 August of the publication year', () => {
    expect(resolve(seed('003'), 'by 8/8', GB)).toMatchObject({ value: '2025-08-08', type: 'DATE' });
    expect(resolve(seed('003'), 'on 8/8', GB).value).toBe('2025-08-08');
  });

  it('chooses the year of a bare month by tense', () => {
    expect(resolve(seed('003'), 'in July', GB).value).toBe('2025-07');
    expect(resolve(seed('003'), 'in January', GB).value).toBe('2025-01');
    expect(resolve(seed('000'), 'February', US).value).toBe('2025-02');
  });

  it('reads this year as the publication year and the beginning of the year with mod START', () => {
    expect(resolve(seed('000'), 'this year', US)).toMatchObject({
      value: '2025',
      granularity: 'year',
    });
    expect(resolve(seed('003'), 'since the beginning of the year', GB)).toMatchObject({
      value: '2025',
      mod: 'START',
    });
  });

  it('reads in two days from the publication date', () => {
    expect(resolve(seed('002'), 'in two days', US)).toMatchObject({
      value: '2025-08-08',
      offset: { amount: 2, unit: 'day' },
    });
  });

  it('reads 48 hours before as the deadline two days after the anchor', () => {
    expect(resolve(seed('001'), '48 hours before', US)).toMatchObject({
      value: '2025-08-08',
      offset: { amount: -2, unit: 'day' },
    });
  });

  it('reads eight months before from the given anchor and exposes the signed offset', () => {
    const mention = resolve(seed('001'), 'eight months before', { ...US, anchor: '2021-06' });
    expect(mention).toMatchObject({
      value: '2022-02',
      granularity: 'month',
      offset: { amount: -8, unit: 'month' },
    });
    expect(mention.anchor).toEqual({ kind: 'given', value: '2021-06' });
  });

  it('types hours and years as durations, about as APPROX', () => {
    expect(resolve(seed('000'), 'about three hours', US)).toMatchObject({
      type: 'DURATION',
      value: 'PT3H',
      mod: 'APPROX',
    });
    expect(resolve(seed('002'), 'three-hour', US)).toMatchObject({
      type: 'DURATION',
      value: 'PT3H',
    });
    expect(resolve(seed('000'), 'three-year-old', US)).toMatchObject({
      type: 'DURATION',
      value: 'P3Y',
    });
    expect(resolve(seed('002'), '24 hours', US)).toMatchObject({
      type: 'DURATION',
      value: 'PT24H',
    });
  });

  it('reads earlier in the day and minutes later as the anchor day', () => {
    expect(resolve(seed('002'), 'earlier in the day', { ...US, anchor: '2025-08-06' }).value).toBe(
      '2025-08-06',
    );
    expect(resolve(seed('002'), 'Minutes later', { ...US, anchor: '2025-08-06' }).value).toBe(
      '2025-08-06',
    );
  });

  it('reads recently, now and the coming days as references', () => {
    expect(resolve(seed('004'), 'recently', US).value).toBe('PAST_REF');
    expect(resolve(seed('001'), 'recent', US).value).toBe('PAST_REF');
    expect(resolve(seed('001'), 'now', US).value).toBe('PRESENT_REF');
    expect(resolve(seed('003'), 'in the coming days and weeks', GB).value).toBe('FUTURE_REF');
    expect(resolve(seed('002'), 'in the days and weeks to come', US).value).toBe('FUTURE_REF');
    expect(resolve(seed('002'), 'very soon', US).value).toBe('FUTURE_REF');
  });

  it('returns offsets that slice back to the mention text', () => {
    const text = seed('004');
    const m = resolve(text, 'On Wednesday', US);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('resolveExpression with bounds and present-tense offsets', () => {
  const text =
    'Trump could meet Putin as soon as next week. It comes 48 hours before the deadline.';

  it('gives the whole bound expression its mod AFTER', () => {
    expect(resolve(text, 'as soon as next week', US)).toMatchObject({
      text: 'as soon as next week',
      value: '2025-W33',
      mod: 'AFTER',
    });
  });

  it('counts 48 hours before from publication in a present-tense sentence, at day granularity', () => {
    expect(resolve(text, '48 hours before', US)).toMatchObject({
      value: '2025-08-08',
      granularity: 'day',
      anchor: { kind: 'published', date: '2025-08-06' },
    });
  });

  it('still counts from an explicit anchor when one is given', () => {
    expect(resolve(text, '48 hours before', { ...US, anchor: '2025-08-10' })).toMatchObject({
      value: '2025-08-12',
      anchor: { kind: 'given', value: '2025-08-10' },
    });
  });
});

describe('resolveExpression errors', () => {
  const text = 'The talks ended on Wednesday.';

  it('names the expression when it holds no date', () => {
    expect(() =>
      resolveExpression(text, { start: 4, end: 9 }, US),
    ).toThrowErrorMatchingInlineSnapshot(
      `[DateResolutionError: expected a date, duration or time expression, found no date in "talks"]`,
    );
  });

  it('names the span and the text length when the span is out of range', () => {
    expect(() => resolveExpression(text, { start: 20, end: 90 }, US)).toThrow(
      /found start 20, end 90/,
    );
  });

  it('refuses a publication date that is not a real day', () => {
    expect(() =>
      resolveExpression(text, { start: 19, end: 28 }, { ...US, published: '2025-02-30' }),
    ).toThrow(DateResolutionError);
  });

  it('refuses an anchor that names no calendar days', () => {
    expect(() =>
      resolveExpression(text, { start: 19, end: 28 }, { ...US, anchor: 'PAST_REF' }),
    ).toThrow(/found "PAST_REF"/);
  });
});

describe('resolveExpression dates words as the news reading of the whole text does', () => {
  const THURSDAY: ResolveOptions = { published: '2025-03-06', locale: 'en-US' };

  it('reads a weekday by the date set beside it inside the words', () => {
    const text = 'On Saturday night, Feb. 22, police came to the house.';
    expect(resolve(text, 'On Saturday night, Feb. 22', THURSDAY).value).toMatch(/^2025-02-22/);
  });

  it('reads "the day after" a named day as the day after it', () => {
    const text = 'The day after the Friday deadline, talks resumed.';
    expect(resolve(text, 'The day after the Friday deadline', THURSDAY).value).toBe('2025-03-08');
  });

  it('puts a clock on the weekday after its parenthesised wire time', () => {
    const text = 'The quake struck at 10:35 a.m. (0735 GMT) Friday, officials said.';
    expect(resolve(text, 'at 10:35 a.m. (0735 GMT) Friday', THURSDAY).value).toBe(
      '2025-02-28T10:35',
    );
  });
});

describe('resolveExpression on hours looked back over', () => {
  const text =
    'Police made 40 arrests in the past 48 hours. Shops shut over the last few hours. Rain fell in the last hour.';
  const daysBack = (amount: number) =>
    `${shiftTimex(US.published, { amount: -amount, unit: 'day' })}/${US.published}`;

  it.each([
    ['the past 48 hours', 2],
    ['the last few hours', 1],
    ['the last hour', 1],
  ] as const)(
    'dates %j quoted alone as the days those hours reach over up to publication, never one day',
    (words, days) => {
      expect(resolve(text, words, US)).toMatchObject({
        text: words,
        type: 'DATE',
        value: daysBack(days),
        granularity: 'span',
      });
    },
  );

  it('gives the count of hours quoted without "the past" as a length of time, as the news reading does', () => {
    const found = findMentions(text, US).find((m) => m.text === '48 hours');
    expect(resolve(text, '48 hours', US)).toMatchObject({ type: 'DURATION', value: found!.value });
  });
});
