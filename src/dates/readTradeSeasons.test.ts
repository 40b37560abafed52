import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe("a season before a trade's season of demand is the season by tense", () => {
  it.each([
    [
      'Pump prices are expected to climb ahead of the summer driving season.',
      '2026-03-09',
      'summer = 2026-SU',
    ],
    ['Gas demand fell sharply over the winter heating season.', '2026-03-09', 'winter = 2025-WI'],
    [
      'Demand is expected to rise during the winter heating season.',
      '2026-10-14',
      'winter = 2026-WI',
    ],
    ['The summer driving season ended with record demand.', '2026-10-14', 'summer = 2026-SU'],
  ])('reads "%s", said on %s, as %s in both readings', (text, published, value) => {
    expect(read(text, published)).toEqual([[value], [value]]);
  });

  it.each([
    ['Gasoline demand usually peaks during the summer driving season.', []],
    ['The summer driving season of 2025 set records.', ['2025 = 2025']],
    ['Drivers took fewer trips last summer driving season.', ['last summer = 2025-SU']],
    ['The winter fuel payment was cut.', []],
    ['Prices rose ahead of the summer driving season peak.', []],
  ])('does not fire on "%s"', (text, values) => {
    expect(read(text, '2026-03-09')).toEqual([values, values]);
  });
});
