import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 29 December 1999.
const DECEMBER = { published: '1999-12-29', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, DECEMBER).map((m) => `${m.text} = ${m.value}`),
  );

describe('years in the names of programmes and bodies', () => {
  it('reads "The President\'s Council on Year 2000 Conversion will open a command center Thursday", said on 29 December 1999, as Thursday 1999-12-30 and no year', () => {
    expect(
      read("The President's Council on Year 2000 Conversion will open a command center Thursday."),
    ).toEqual([['Thursday = 1999-12-30'], ['Thursday = 1999-12-30']]);
  });

  it('reads "John Koskinen, who heads the Year 2000 council, said Tuesday", said on 29 December 1999, as Tuesday 1999-12-28 and no year', () => {
    expect(read('John Koskinen, who heads the Year 2000 council, said Tuesday.')).toEqual([
      ['Tuesday = 1999-12-28'],
      ['Tuesday = 1999-12-28'],
    ]);
  });

  it('reads "EU leaders are still arguing over Agenda 2000, the farm reform plan", said on 29 December 1999, as no date', () => {
    expect(read('EU leaders are still arguing over Agenda 2000, the farm reform plan.')).toEqual([
      [],
      [],
    ]);
  });

  it('reads "Malaysia\'s Vision 2020 plan calls for the country to become fully developed", said on 10 June 1999, as no date', () => {
    expect(
      read("Malaysia's Vision 2020 plan calls for the country to become fully developed."),
    ).toEqual([[], []]);
  });

  it('reads "The government unveiled its Vision 2025 blueprint on Thursday", said on 29 December 1999, as Thursday 1999-12-23 and no year', () => {
    expect(read('The government unveiled its Vision 2025 blueprint on Thursday.')[1]).toEqual([
      'Thursday = 1999-12-23',
    ]);
  });

  it('still reads "a vision for 2020" and "his vision 2020 will bring", in lower case or after a preposition, as 2020', () => {
    expect(read('The minister set out a vision for 2020.')[0]).toEqual(['2020 = 2020']);
    expect(read('He said his vision 2020 would bring growth.')[0]).toEqual(['2020 = 2020']);
  });

  it('still reads "The plant will close by the Year 2000.", said on 29 December 1999, as 2000', () => {
    expect(read('The plant will close by the Year 2000.')[0]).toEqual(['2000 = 2000']);
  });

  it('still reads "Year 2000 will be a leap year", said on 29 December 1999, as 2000', () => {
    expect(read('Year 2000 will be a leap year.')[0]).toEqual(['2000 = 2000']);
  });

  it('still reads "Computers must be fixed by the year 2000 deadline", said on 29 December 1999, as 2000', () => {
    expect(read('Computers must be fixed by the year 2000 deadline.')[0]).toEqual(['2000 = 2000']);
  });

  it('still reads "the agenda 2000 talks", said on 29 December 1999, as 2000', () => {
    expect(read('The agenda 2000 talks resumed.')[0]).toEqual(['2000 = 2000']);
  });

  it('reads "The Year 2000 computer problem has cost billions", said on 29 December 1999, as no date', () => {
    expect(read('The Year 2000 computer problem has cost billions.')).toEqual([[], []]);
  });

  it('still reads "Many companies will not be ready for the Year 2000 and beyond", said on 29 December 1999, as 2000', () => {
    expect(read('Many companies will not be ready for the Year 2000 and beyond.')[0]).toEqual([
      '2000 = 2000',
    ]);
  });

  it('still reads "The bank expects to be prepared by the Year 2000 at the latest", said on 29 December 1999, as 2000', () => {
    expect(read('The bank expects to be prepared by the Year 2000 at the latest.')[0]).toEqual([
      '2000 at the latest = 2000',
    ]);
  });

  it('still reads "Celebrations to welcome the Year 2000 began Friday", said on 29 December 1999, as 2000', () => {
    expect(read('Celebrations to welcome the Year 2000 began Friday.')[0]).toContain('2000 = 2000');
  });

  it('reads "The company\'s Year 2000 plan calls for $1 billion in sales", said on 15 January 1990, as no year', () => {
    const read1990 = (text: string) =>
      [findMentions, findTimemlMentions].map((find) =>
        find(text, { published: '1990-01-15', locale: 'en-US' }).map((m) => m.text),
      );
    expect(read1990("The company's Year 2000 plan calls for $1 billion in sales.")).toEqual([
      [],
      [],
    ]);
    expect(read1990("The retailer's Year 2000 strategy calls for 100 new stores.")).toEqual([
      [],
      [],
    ]);
  });

  it('still reads "Management plans for the Year 2000." as 2000, a clause\'s end', () => {
    expect(read('Management plans for the Year 2000.')[0]).toContain('2000 = 2000');
  });

  it('reads "Officials hope that by the Year 2000 plans for the new airport will be complete", said on 29 December 1999, as 2000: a time the plans are for, no plan\'s name', () => {
    const [news, timeml] = read(
      'Officials hope that by the Year 2000 plans for the new airport will be complete.',
    );
    expect(news).toEqual(['2000 = 2000']);
    expect(timeml).toEqual(['the Year 2000 = 2000']);
  });

  it('reads "By the Year 2000 plans call for the bank to have branches in every state", said on 29 December 1999, as 2000: the preposition opening the sentence', () => {
    const [news, timeml] = read(
      'By the Year 2000 plans call for the bank to have branches in every state.',
    );
    expect(news).toEqual(['2000 = 2000']);
    expect(timeml).toEqual(['the Year 2000 = 2000']);
  });

  it('still reads nothing in "The bank\'s Year 2000 plans call for branches in every state", said on 29 December 1999', () => {
    expect(read("The bank's Year 2000 plans call for branches in every state.")).toEqual([[], []]);
  });
});
