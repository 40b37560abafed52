import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Published on Wednesday 5 March 2025.
const OPTIONS = { published: '2025-03-05', locale: 'en-US' } as const;

/** [text, type, value, start, end] of each mention in the reading asked for. */
function read(text: string, timeml: boolean): [string, string, string, number, number][] {
  return (timeml ? findTimemlMentions : findMentions)(text, OPTIONS).map((m) => [
    m.text,
    m.type,
    m.value,
    m.start,
    m.end,
  ]);
}

describe('a part of the day named by the sun', () => {
  it("reads 'By dusk' as the evening of the day the story is on", () => {
    const text = 'By dusk, the fire was out.';
    expect(read(text, false)).toEqual([['dusk', 'DATE', '2025-03-05', 3, 7]]);
    expect(read(text, true)).toEqual([['dusk', 'TIME', '2025-03-05TEV', 3, 7]]);
  });

  it("reads 'by nightfall' after 'on Tuesday' as Tuesday evening", () => {
    const text = 'The fire started on Tuesday. By nightfall, it was out.';
    expect(read(text, false)).toEqual([
      ['on Tuesday', 'DATE', '2025-03-04', 17, 27],
      ['nightfall', 'DATE', '2025-03-04', 32, 41],
    ]);
    expect(read(text, true)[1]).toEqual(['nightfall', 'TIME', '2025-03-04TEV', 32, 41]);
  });

  it("reads 'must leave by dusk' as this evening", () => {
    const text = 'Troops must leave by dusk.';
    expect(read(text, true)).toEqual([['dusk', 'TIME', '2025-03-05TEV', 21, 25]]);
  });

  it("reads 'will resume at dawn' as the next morning, 'resumed at dawn' as this one", () => {
    expect(read('The search will resume at dawn.', true)).toEqual([
      ['dawn', 'TIME', '2025-03-06TMO', 26, 30],
    ]);
    expect(read('The search resumed at dawn.', false)).toEqual([
      ['dawn', 'DATE', '2025-03-05', 22, 26],
    ]);
  });

  it("leaves 'The gates close at sunset' (a habit) and 'from dawn to dusk' unread", () => {
    expect(read('The gates close at sunset.', false)).toEqual([]);
    expect(read('They worked from dawn to dusk.', true)).toEqual([]);
  });

  it('leaves a sun word in a habit, present or past, unread', () => {
    for (const text of [
      'The bar stays open from dusk till dawn.',
      'Fishermen head out before dawn and return by dusk.',
      'In Ramadan, the faithful fast until sunset.',
      'He used to walk the dog at dawn.',
      'Every day, the farmers were in the fields by dawn.',
    ]) {
      expect(
        read(text, false).filter((m) => /dawn|dusk|sunset/.test(m[0])),
        text,
      ).toEqual([]);
      expect(
        read(text, true).filter((m) => /dawn|dusk|sunset/.test(m[0])),
        text,
      ).toEqual([]);
    }
    // Near miss: a deadline with a modal still reads this evening.
    expect(read('Troops must leave by dusk.', false)).toEqual([
      ['dusk', 'DATE', '2025-03-05', 21, 25],
    ]);
  });

  it("leaves a sun word inside a quotation and 'at dawn the next day' to the day told", () => {
    expect(
      read('"We will fight until dawn," he told the crowd on Thursday.', false).map((m) => m[0]),
    ).toEqual(['on Thursday']);
    const next = read('The raid began at dawn the next day, police said.', false);
    expect(next.map((m) => m[0])).toEqual(['the next day']);
    expect(next[0]![2]).toBe('PAST_REF');
  });

  it("reads 'was found at dawn by a jogger' as this morning: 'by' and its agent after the sun word", () => {
    expect(read('The body was found at dawn by a jogger.', false)).toEqual([
      ['dawn', 'DATE', '2025-03-05', 22, 26],
    ]);
    expect(read('The body was found at dawn by a jogger.', true)).toEqual([
      ['dawn', 'TIME', '2025-03-05TMO', 22, 26],
    ]);
  });

  it("keeps 'at dawn on Sunday' the day alone, and 'Dawn' a name", () => {
    expect(read('The raid began at dawn on Sunday.', false)).toEqual([
      ['on Sunday', 'DATE', '2025-03-02', 23, 32],
    ]);
    expect(read('The raid began at dawn on Sunday.', true)).toEqual([
      ['Sunday', 'DATE', '2025-03-02', 26, 32],
    ]);
    expect(read('He spoke to Dawn at the office.', false)).toEqual([]);
  });
});
