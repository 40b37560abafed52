import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { ownedMonthThingAheadTense } from './ownedMonthThingAheadTense.ts';

const both = (text: string, published: string) =>
  [
    findMentions(text, { published, locale: 'en-US' }),
    findTimemlMentions(text, { published, locale: 'en-US' }),
  ].map((found) => found.map((m) => `${m.text}=${m.value}`));

describe('a month naming a thing paid or held in it, told with what it will do', () => {
  it('reads "The company said its March dividend will be announced next month", said on 15 January 1990, as 1990-03', () => {
    expect(
      both('The company said its March dividend will be announced next month.', '1990-01-15'),
    ).toEqual([
      ['March=1990-03', 'next month=1990-02'],
      ['March=1990-03', 'next month=1990-02'],
    ]);
  });

  it('reads "The company said its March dividend will be paid at the same rate", said on 15 January 1990, as 1990-03', () => {
    expect(
      both('The company said its March dividend will be paid at the same rate.', '1990-01-15'),
    ).toEqual([['March=1990-03'], ['March=1990-03']]);
  });

  it('still reads "The company said its March dividend was paid at the old rate", said on 15 January 1990, as 1989-03', () => {
    expect(
      both('The company said its March dividend was paid at the old rate.', '1990-01-15'),
    ).toEqual([['March=1989-03'], ['March=1989-03']]);
  });

  it('still reads "The company said its March sales will be restated", said on 15 January 1990, as 1989-03', () => {
    expect(both('The company said its March sales will be restated.', '1990-01-15')).toEqual([
      ['March=1989-03'],
      ['March=1989-03'],
    ]);
  });

  it('still reads "Shareholders who attended its April meeting will receive the new shares next month", said on 8 May 1990, as 1990-04', () => {
    expect(
      both(
        'Shareholders who attended its April meeting will receive the new shares next month.',
        '1990-05-08',
      ),
    ).toEqual([
      ['April=1990-04', 'next month=1990-06'],
      ['April=1990-04', 'next month=1990-06'],
    ]);
  });

  it('still reads "Analysts said the October auction will be remembered as a disaster for the Treasury", said on 15 November 1989, as 1989-10', () => {
    expect(
      both(
        'Analysts said the October auction will be remembered as a disaster for the Treasury.',
        '1989-11-15',
      ),
    ).toEqual([['October=1989-10'], ['October=1989-10']]);
  });

  it('still reads "The company said its March dividend will be restated in the annual report", said on 10 September 1990, half a year off, as 1990-03 (post-merge)', () => {
    expect(
      both(
        'The company said its March dividend will be restated in the annual report.',
        '1990-09-10',
      ),
    ).toEqual([['March=1990-03'], ['March=1990-03']]);
  });

  it('reads "The company said its March dividend will be paid at the same rate", said on 10 October 1990, five months off, as 1991-03', () => {
    expect(
      both('The company said its March dividend will be paid at the same rate.', '1990-10-10'),
    ).toEqual([['March=1991-03'], ['March=1991-03']]);
  });

  it('passes on a tense that is not the past', () => {
    expect(
      ownedMonthThingAheadTense('said its ', ' dividend will be paid.', 3, '1990-01-15', 'past'),
    ).toBe('future');
    expect(
      ownedMonthThingAheadTense('said its ', ' dividend was paid.', 3, '1990-01-15', 'past'),
    ).toBe('past');
    expect(
      ownedMonthThingAheadTense('said its ', ' dividend will be paid.', 3, '1990-01-15', 'unknown'),
    ).toBe('unknown');
  });
});
