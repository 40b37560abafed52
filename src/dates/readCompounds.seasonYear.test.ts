import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Wednesday 10 June 2015.
const JUNE = { published: '2015-06-10', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, JUNE).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, JUNE).map((m) => `${m.text} = ${m.value}`);

describe('a season or its holidays before "last year", "this year" or "next year"', () => {
  it.each([
    ['Families left for the summer holidays last year.', 'the summer holidays last year = 2014-SU'],
    ['The plant closed in the spring last year.', 'the spring last year = 2014-SP'],
    ['Sales fell over the fall break last year.', 'the fall break last year = 2014-FA'],
    ['Heating bills rose in the winter this year.', 'the winter this year = 2015-WI'],
    [
      'The pool will shut for the summer vacation next year.',
      'the summer vacation next year = 2016-SU',
    ],
  ])('reads %j as the season of that year, one expression, in both readings', (text, read) => {
    expect(news(text)).toEqual([read]);
    expect(timeml(text)).toEqual([read]);
  });

  it.each([
    // A bare "fall" may be a tumble.
    ['She broke her hip in the fall last year.', ['last year = 2014']],
    // The season names a thing, not a time.
    ['Winter storms last year cut power to thousands.', ['last year = 2014']],
    // A capitalised season ending a name.
    ['Since the Arab Spring last year, tourism in Egypt has collapsed.', ['last year = 2014']],
    ['The Prague Spring next year marks its 50th anniversary.', ['next year = 2016']],
  ])('does not join the season and the year in %j', (text, read) => {
    expect(news(text)).toEqual(read);
  });

  it("does not join \"last year's\", which is a thing's year, not the season's", () => {
    const read = news("In the spring last year's champion retired.");
    expect(read.some((r) => r.startsWith('the spring last year'))).toBe(false);
    expect(read).toContain('last year = 2014');
  });
});
