import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

const first = (text: string, published: string, locale: 'en-GB' | 'en-US' = 'en-GB') =>
  findMentions(text, { published, locale })[0]?.value;
const year = (published: string, amount: number) => String(Number(published.slice(0, 4)) + amount);

describe('a participle after an owner is an adjective, no past', () => {
  it('reads "On 14 June, the party\'s elected councillors will choose a leader", said on 8 March 2000, as the coming 14 June', () => {
    const published = '2000-03-08';
    expect(
      first("On 14 June, the party's elected councillors will choose a leader.", published),
    ).toBe(`${year(published, 0)}-06-14`);
  });

  it('reads "On 14 February, the hospital\'s expanded maternity unit will take its first patients", said on 2 November 2011, as the next February', () => {
    const published = '2011-11-02';
    expect(
      first(
        "On 14 February, the hospital's expanded maternity unit will take its first patients.",
        published,
      ),
    ).toBe(`${year(published, 1)}-02-14`);
  });

  it('reads "On May 15, the union\'s elected delegates will vote on the contract", said on 6 February 1991, as the coming May', () => {
    const published = '1991-02-06';
    expect(
      first(
        "On May 15, the union's elected delegates will vote on the contract.",
        published,
        'en-US',
      ),
    ).toBe(`${year(published, 0)}-05-15`);
  });

  it('keeps a past deed after such a subject gone by: "On 14 December, the party\'s elected councillors chose a leader"', () => {
    const published = '2000-03-08';
    expect(
      first("On 14 December, the party's elected councillors chose a leader.", published),
    ).toBe(`${year(published, -1)}-12-14`);
  });

  it('keeps a pronoun\'s "\'s" a verb: "In June, he\'s resigned from the board", said on 8 March 2000, is the June gone by', () => {
    const published = '2000-03-08';
    expect(first("In June, he's resigned from the board.", published)).toBe(
      `${year(published, -1)}-06`,
    );
  });

  it('keeps "On 14 June, the party\'s elected councillors set a date for the vote", said on 8 March 2000, gone by', () => {
    const published = '2000-03-08';
    expect(
      first("On 14 June, the party's elected councillors set a date for the vote.", published),
    ).toBe(`${year(published, -1)}-06-14`);
  });
});
