import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '1989-10-24', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, options).map((m) => `${m.text} = ${m.value}`);
const readTimeml = (text: string) =>
  findTimemlMentions(text, options).map((m) => `${m.text} = ${m.value}`);

describe('a weekday that opens a company name', () => {
  it('does not read "Tuesday Morning Corp., a Dallas retailer", said on 24 October 1989', () => {
    const text = 'Tuesday Morning Corp., a Dallas retailer of closeout merchandise, posted a loss.';
    expect(read(text)).toEqual([]);
    expect(readTimeml(text)).toEqual([]);
  });

  it('does not read "Shares of Tuesday Morning Inc. rose" nor "Tuesday Morning Corp. Posts Loss"', () => {
    expect(read('Shares of Tuesday Morning Inc. rose 1/4.')).toEqual([]);
    expect(read('Tuesday Morning Corp. Posts Loss')).toEqual([]);
    expect(read('Shares of Friday Industries Inc. rose 50 cents.')).toEqual([]);
    expect(read('A unit of Friday Harbor Holdings Inc. was sold.')).toEqual([]);
  });

  it('reads "Friday General Motors Corp. said", a fronted weekday before a company, as the day', () => {
    expect(read('Friday General Motors Corp. said it would idle two plants.')).toEqual([
      'Friday = 1989-10-20',
    ]);
    expect(readTimeml('Also Friday Texaco Inc. said it sold a refinery.')).toEqual([
      'Friday = 1989-10-20',
    ]);
    expect(read('In composite trading Friday Ford Motor Co. shares closed at $45.')).toEqual([
      'Friday = 1989-10-20',
    ]);
    expect(read('Monday Chrysler Corp. Recalls 100,000 Minivans')).toEqual(['Monday = 1989-10-23']);
  });

  it('reads "said Tuesday Acme Corp. would" and "on Friday Acme Inc. sold" as days', () => {
    expect(read('IBM said Tuesday Acme Corp. would buy the unit.')).toEqual([
      'Tuesday = 1989-10-24',
    ]);
    expect(readTimeml('The bank said on Friday General Motors Corp. had repaid it.')).toEqual([
      'Friday = 1989-10-20',
    ]);
  });
});

describe('a weekday\'s "\'s" before Inc., Corp., Co. or Ltd.', () => {
  it(`does not read "T.G.I. Friday's Inc. said its same-store sales fell", said on 24 October 1989`, () => {
    expect(read("T.G.I. Friday's Inc. said its same-store sales fell.")).toEqual([]);
    expect(readTimeml("T.G.I. Friday's Inc. said its same-store sales fell.")).toEqual([]);
  });

  it(`reads "Shares fell after Sunday's Group B match" and "Friday's Corporate Finance column", said on 24 October 1989, as days`, () => {
    expect(read("Shares fell after Sunday's Group B match.")).toEqual(['Sunday = 1989-10-22']);
    expect(readTimeml("Friday's Corporate Finance column said so.")).toEqual([
      'Friday = 1989-10-20',
    ]);
  });
});
