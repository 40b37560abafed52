import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const MARCH_11 = { published: '1998-03-11', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, MARCH_11).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_11).map((m) => [m.text, m.value] as const);

describe('"at this hour" as a broadcast says it', () => {
  it('reads "At this hour" opening a report as the present, in both readings (TimeML leaves out the "At")', () => {
    expect(news('At this hour, rescue crews are still searching the rubble.')).toEqual([
      ['At this hour', 'PRESENT_REF'],
    ]);
    expect(timeml('At this hour, rescue crews are still searching the rubble.')).toEqual([
      ['this hour', 'PRESENT_REF'],
    ]);
  });

  it('reads it inside a sentence and after "as of" alike', () => {
    expect(news("We're following breaking news at this hour out of Chicago.")).toEqual([
      ['at this hour', 'PRESENT_REF'],
    ]);
    expect(timeml('As of this hour, no group has claimed responsibility.')).toEqual([
      ['As of this hour', 'PRESENT_REF'],
    ]);
  });

  it('reads no present for an hour of another day or a kind of hour', () => {
    expect(news('Traffic is light at this hour of the night.').map(([, v]) => v)).not.toContain(
      'PRESENT_REF',
    );
    expect(news('At this hour last year, the polls had closed.').map(([, v]) => v)).not.toContain(
      'PRESENT_REF',
    );
    expect(news("We'll have the results at this hour tomorrow.").map(([, v]) => v)).not.toContain(
      'PRESENT_REF',
    );
  });

  it('reads nothing for a later hour of the broadcast', () => {
    expect(news("Later this hour, we'll talk to the author of a new book.")).toEqual([]);
  });

  it('reads the present before "on" and a matter, not before "on" and a weekday', () => {
    expect(news('There is still no word at this hour on the fate of the soldiers.')).toEqual([
      ['at this hour', 'PRESENT_REF'],
    ]);
    expect(news('The polls close at this hour on Sunday.').map(([, v]) => v)).not.toContain(
      'PRESENT_REF',
    );
  });
});

describe('"later this hour" as a broadcast promises it', () => {
  const JANUARY_22 = { published: '1998-01-22', locale: 'en-US' } as const;
  const timemlOf = (text: string) =>
    findTimemlMentions(text, JANUARY_22).map((m) => [m.text, m.value]);
  const newsOf = (text: string) => findMentions(text, JANUARY_22).map((m) => [m.text, m.value]);

  it('reads "we\'ll have more on the inquiry later this hour", said on 22 January 1998, as the present over "this hour" in TimeML mode, and nothing in the news reading', () => {
    expect(timemlOf("we'll have more on the inquiry later this hour.")).toEqual([
      ['this hour', 'PRESENT_REF'],
    ]);
    expect(newsOf("we'll have more on the inquiry later this hour.")).toEqual([]);
  });

  it('reads "Later in this hour, a look at the markets in Asia" as the present in TimeML mode', () => {
    expect(timemlOf('Later in this hour, a look at the markets in Asia.')).toEqual([
      ['this hour', 'PRESENT_REF'],
    ]);
  });

  it('reads no present in "two minutes left in this hour", "We begin this hour with news from Baghdad" or "later this hour tomorrow"', () => {
    const values = (text: string) => timemlOf(text).map(([, v]) => v);
    expect(values('we have about two minutes left in this hour.')).not.toContain('PRESENT_REF');
    expect(values('Good evening. We begin this hour with news from Baghdad.')).toEqual([]);
    expect(values("we'll be back later this hour tomorrow.")).not.toContain('PRESENT_REF');
  });
});
