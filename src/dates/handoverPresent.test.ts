import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 30 December 1999: the Friday ahead is 31 December, the Monday ahead 3 January 2000,
// the Monday gone by 27 December.
const THURSDAY = { published: '1999-12-30', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);

describe('the present of a handover of power on a date', () => {
  it('reads "Panama takes control of the canal at noon Friday" as the coming Friday', () => {
    const text = 'Panama takes control of the canal at noon Friday.';
    expect(news(text)).toEqual(['noon Friday = 1999-12-31T12:00']);
    expect(timeml(text)).toEqual(['noon Friday = 1999-12-31T12:00']);
  });

  it('reads "takes power", "assumes office" and "reverts to" before a weekday as the coming one', () => {
    expect(timeml('The new government takes power on Monday.')).toEqual(['Monday = 2000-01-03']);
    expect(news('Obasanjo assumes office on Saturday.')).toEqual(['on Saturday = 2000-01-01']);
    expect(news('Macau reverts to Chinese rule on Monday.')).toEqual(['on Monday = 2000-01-03']);
    expect(news('The general assumes command of the force on Monday.')).toEqual([
      'on Monday = 2000-01-03',
    ]);
  });

  it('reads "Britain hands over the colony at midnight Monday" as the coming Monday\'s end', () => {
    expect(timeml('Britain hands over the colony at midnight Monday.')).toEqual([
      'midnight Monday = 2000-01-03T24',
    ]);
  });

  it('reads "is sworn in" and "is inaugurated" before a weekday as the coming one', () => {
    expect(news('Putin is sworn in on Sunday.')).toEqual(['on Sunday = 2000-01-02']);
    expect(timeml('Putin is sworn in on Sunday.')).toEqual(['Sunday = 2000-01-02']);
    expect(news('The new president is inaugurated Friday.')).toEqual(['Friday = 1999-12-31']);
  });

  it('leaves a handover told in the past or in the plural to the tense', () => {
    expect(news('The army took control of the capital on Monday.')).toEqual([
      'on Monday = 1999-12-27',
    ]);
    expect(news('Putin was sworn in on Sunday.')).toEqual(['on Sunday = 1999-12-26']);
    expect(news('Rebels take control of the town on Monday.')).toEqual(['on Monday = 1999-12-27']);
  });

  it('reads "The new chairman takes over on Monday" as the coming Monday', () => {
    expect(news('The new chairman takes over on Monday.')).toEqual(['on Monday = 2000-01-03']);
  });

  it('reads "takes the helm" before a weekday as the coming one', () => {
    const text = 'Vice President Ramos takes the helm of the party on Friday.';
    expect(news(text)).toEqual(['on Friday = 1999-12-31']);
  });
});
