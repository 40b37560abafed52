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

  it('does not read "Shares of Friday Harbor Holdings Inc. rose"', () => {
    expect(read('Shares of Friday Harbor Holdings Inc. rose 1/4.')).toEqual([]);
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
