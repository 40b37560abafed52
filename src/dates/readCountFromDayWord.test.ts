import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const AUGUST_7 = { published: '2025-08-07', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, AUGUST_7).map((m) => [m.text, m.type, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, AUGUST_7).map((m) => [m.text, m.type, m.value] as const);

describe('a count back or on from a day word', () => {
  it('reads "He left a week ago today" as 31 July, one expression', () => {
    expect(read('He left a week ago today.')).toEqual([['a week ago today', 'DATE', '2025-07-31']]);
  });

  it('reads "two weeks from tomorrow" as the day two weeks after tomorrow, in both readings', () => {
    expect(read('The vote is two weeks from tomorrow.')).toEqual([
      ['two weeks from tomorrow', 'DATE', '2025-08-22'],
    ]);
    expect(readTimeml('The vote is two weeks from tomorrow.')).toEqual([
      ['two weeks from tomorrow', 'DATE', '2025-08-22'],
    ]);
  });

  it('counts years back from yesterday and a fortnight on from today', () => {
    expect(read('He died ten years ago yesterday.')).toEqual([
      ['ten years ago yesterday', 'DATE', '2015-08-06'],
    ]);
    expect(readTimeml('Talks resume a fortnight from today.')).toEqual([
      ['a fortnight from today', 'DATE', '2025-08-21'],
    ]);
  });

  it('leaves "a week from today\'s vote" a length beside today', () => {
    expect(read("A week from today's vote, nothing had changed.")).toEqual([
      ['A week', 'DURATION', 'P1W'],
      ['today', 'DATE', '2025-08-07'],
    ]);
  });

  it('leaves "a week ago, today" with a comma between them two expressions', () => {
    expect(read('He left a week ago, today he is back.')).toEqual([
      ['a week ago', 'DATE', '2025-W31'],
      ['today', 'DATE', '2025-08-07'],
    ]);
  });

  it.each([
    ['Prices will be frozen for two years from today under the agreement.', 'two years', 'P2Y'],
    [
      'In the 100 days from today until the inauguration, the transition team must fill 4,000 posts.',
      '100 days',
      'P100D',
    ],
    ['Over the two years from today, the city will replace 40,000 lead pipes.', 'two years', 'P2Y'],
    ['The ban lasts a year from today, the ministry said.', 'a year', 'P1Y'],
    ['The permits are valid for 90 days from today.', '90 days', 'P90D'],
    ['The Senate has 30 days from today to act on the nomination.', '30 days', 'P30D'],
  ])('leaves %j a length beside today, not one date', (text, words, value) => {
    for (const find of [read, readTimeml]) {
      const found = find(text);
      expect(found.map(([, type, v]) => [type, v])).toEqual([
        ['DURATION', value],
        ['DATE', '2025-08-07'],
      ]);
      expect(found[0]![0]).toMatch(new RegExp(`^(?:the )?${words}$`, 'i'));
    }
  });

  it('reads "The index stood at nine thousand one year ago today" as one year back, the figure left out', () => {
    const march = { published: '1999-03-29', locale: 'en-US' } as const;
    for (const text of [
      'The index stood at nine thousand one year ago today.',
      'THE DOW CLOSED AT NINE THOUSAND ONE YEAR AGO TODAY.',
    ]) {
      expect(findMentions(text, march).map((m) => m.value)).toEqual(['1998-03-29']);
      expect(findMentions(text, march)[0]!.text.toLowerCase()).toBe('one year ago today');
    }
  });
});
