import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const seasons = (text: string, published: string, locale: 'en-GB' | 'en-US') =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale })
      .map((m) => [m.text, m.value])
      .filter(([words]) => /spring|summer|autumn|fall|winter/i.test(words!)),
  );

describe("a season before a sitting or an event of an institution's year", () => {
  it.each<[string, string, 'en-GB' | 'en-US', string, string]>([
    [
      "The chancellor's spring statement offered little for councils.",
      '2026-03-27',
      'en-GB',
      'spring',
      '2026-SP',
    ],
    [
      "Delegates gathered in Brighton for the party's autumn conference.",
      '2026-09-21',
      'en-GB',
      'autumn',
      '2026-FA',
    ],
    [
      "The theatre's winter season will open with a new Hamlet.",
      '2026-06-09',
      'en-GB',
      'winter',
      '2026-WI',
    ],
    [
      'The theatre unveiled its winter season on Monday.',
      '2026-06-03',
      'en-GB',
      'winter',
      '2026-WI',
    ],
    [
      "The company's fall conference drew more than 4,000 developers.",
      '2026-09-30',
      'en-US',
      'fall',
      '2026-FA',
    ],
    [
      'The autumn statement is expected to raise taxes.',
      '2026-08-25',
      'en-GB',
      'autumn',
      '2026-FA',
    ],
  ])(
    'reads %j (said on %s, %s) as the season of that year',
    (text, published, locale, words, value) => {
      for (const found of seasons(text, published, locale)) expect(found).toEqual([[words, value]]);
    },
  );

  it.each<[string, 'en-GB' | 'en-US']>([
    ["Last year's autumn conference was cancelled.", 'en-GB'],
    ['The autumn conference is usually held in Brighton.', 'en-GB'],
    ['The spring statement of 2025 raised no taxes.', 'en-GB'],
    ['Delegates met at the Spring Conference in Glasgow.', 'en-GB'],
    ['The fashion house showed its spring collection in Paris on Tuesday.', 'en-GB'],
  ])('reads no season in %j (said on 14 September 2026)', (text, locale) => {
    for (const found of seasons(text, '2026-09-14', locale))
      expect(found.filter(([words]) => !/2025/.test(words!))).toEqual([]);
  });
});
