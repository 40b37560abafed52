import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isLengthCountedFrom } from './isLengthCountedFrom.ts';

// Wednesday 11 March 2026.
const PUBLISHED = { published: '2026-03-11', locale: 'en-GB' } as const;
type Found = { text: string; value: string }[];
const pairs = (found: Found) => found.map((m) => [m.text, m.value] as const);
const news = (text: string) => pairs(findMentions(text, PUBLISHED));
const timeml = (text: string) => pairs(findTimemlMentions(text, PUBLISHED));
const both = (text: string) => {
  const found = news(text);
  expect(timeml(text)).toEqual(found);
  return found;
};

describe('a count of weeks from a weekday that is how long', () => {
  it('reads "The road will be closed for three weeks from Monday" as three weeks and the coming Monday', () => {
    expect(both('The road will be closed for three weeks from Monday.')).toEqual([
      ['three weeks', 'P3W'],
      ['Monday', '2026-03-16'],
    ]);
  });

  it.each([
    ['The lane will be shut for a fortnight from Monday.', 'a fortnight', 'P2W', 'Monday'],
    ['The car park will close for six weeks from next Monday.', 'six weeks', 'P6W', 'next Monday'],
    ['The works will last two weeks from Friday.', 'two weeks', 'P2W', 'Friday'],
    ['Residents have three weeks from Friday to respond.', 'three weeks', 'P3W', 'Friday'],
  ])('reads %j as a length and its first day', (text, length, value, day) => {
    const found = both(text);
    expect(found[0]).toEqual([length, value]);
    expect(found[1]![0]).toBe(day);
  });

  it('reads "The road reopens three weeks from Monday" as the day the count lands on', () => {
    expect(both('The road reopens three weeks from Monday.')).toEqual([
      ['three weeks from Monday', '2026-04-06'],
    ]);
  });

  it('reads "The vote is set for two weeks from Monday" as a day, after a plan\'s participle and "for"', () => {
    expect(both('The vote is set for two weeks from Monday.')).toEqual([
      ['two weeks from Monday', '2026-03-30'],
    ]);
    expect(both('The hearing was adjourned for two weeks from Friday.')).toEqual([
      ['two weeks from Friday', '2026-03-27'],
    ]);
  });

  it.each([
    [
      'The meeting has been rescheduled for two weeks from Monday.',
      'two weeks from Monday',
      '2026-03-30',
    ],
    [
      'A public meeting has been arranged for two weeks from Tuesday.',
      'two weeks from Tuesday',
      '2026-03-31',
    ],
    [
      'The by-election has been called for three weeks from Thursday.',
      'three weeks from Thursday',
      '2026-04-02',
    ],
    ['The appeal was listed for three weeks from Friday.', 'three weeks from Friday', '2026-04-03'],
    ['The vote is pencilled in for two weeks from Monday.', 'two weeks from Monday', '2026-03-30'],
  ])('reads %j as the day the count lands on, a date arranged "for" it', (text, words, value) => {
    expect(both(text)).toContainEqual([words, value]);
  });

  it.each([
    [
      'Residents have until three weeks from Friday to object.',
      'three weeks from Friday',
      '2026-04-03',
    ],
    [
      'Voters go to the polls three weeks from Sunday to choose a mayor.',
      'three weeks from Sunday',
      '2026-04-05',
    ],
  ])(
    'reads %j as the day the count lands on, the "to" after it an infinitive\'s',
    (text, words, value) => {
      expect(both(text)).toEqual([[words, value]]);
    },
  );

  it('reads "closed for three weeks from Monday to the end of April" as a length, "to" before a bound', () => {
    expect(both('The road will be shut for three weeks from Monday to the end of April.')).toEqual([
      ['three weeks', 'P3W'],
      ['Monday', '2026-03-16'],
      ['the end of April', '2026-04'],
    ]);
  });

  it('reads "The vote is set for two weeks from tomorrow" as a day, as a weekday is', () => {
    expect(both('The vote is set for two weeks from tomorrow.')).toEqual([
      ['two weeks from tomorrow', '2026-03-26'],
    ]);
  });
});

describe('isLengthCountedFrom', () => {
  const at = (text: string, words: string) => {
    const start = text.indexOf(words);
    return isLengthCountedFrom(text, start, start + words.length);
  };

  it('takes a count after a word of lasting or before "until" for a length', () => {
    expect(at('Closed for three weeks from Monday.', 'three weeks from Monday')).toBe(true);
    expect(at('Frozen two years from today until the review.', 'two years from today')).toBe(true);
  });

  it('takes no plan set for the day, nor a bare count, for a length', () => {
    expect(at('Set for two weeks from Monday.', 'two weeks from Monday')).toBe(false);
    expect(at('It opens two weeks from Monday.', 'two weeks from Monday')).toBe(false);
  });
});
