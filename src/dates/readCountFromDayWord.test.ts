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
});
