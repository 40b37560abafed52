import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { weekdayByTense } from './weekdayByTense.ts';
import { weekdayNumber } from './weekdayNames.ts';

const valueOf = (text: string, published: string, words: string) =>
  findMentions(text, { published, locale: 'en-US' }).find((m) => m.text === words)?.value;
const byTense = (day: string, published: string, tense: 'past' | 'future') =>
  weekdayByTense(weekdayNumber(day), published, tense);

describe('a weekday opening its sentence before a present state', () => {
  it('reads "The museum is open Saturday, from 10 a.m. Sunday hours are shorter", said on Friday 12 January 1996, as the coming Sunday', () => {
    const published = '1996-01-12';
    expect(
      valueOf(
        'The museum is open Saturday, from 10 a.m. Sunday hours are shorter.',
        published,
        'Sunday',
      ),
    ).toBe(byTense('Sunday', published, 'future'));
  });

  it('reads "The pool is open Sunday until 6 p.m. Monday it is closed for cleaning", said on Wednesday 10 January 1996, as the coming Monday', () => {
    const published = '1996-01-10';
    expect(
      valueOf(
        'The pool is open Sunday until 6 p.m. Monday it is closed for cleaning.',
        published,
        'Monday',
      ),
    ).toBe(byTense('Monday', published, 'future'));
    expect(valueOf('Sunday admission is free.', published, 'Sunday')).toBe(
      byTense('Sunday', published, 'future'),
    );
  });

  it('leaves a state told in the past, a weekday inside its sentence and one before a deed gone by', () => {
    const published = '1996-01-10';
    expect(
      valueOf(
        'The museum was open Saturday from 10 a.m. Sunday hours were shorter.',
        published,
        'Sunday',
      ),
    ).toBe(byTense('Sunday', published, 'past'));
    expect(valueOf('Sunday it is closed, the manager said last week.', published, 'Sunday')).toBe(
      byTense('Sunday', published, 'past'),
    );
    expect(valueOf('Crowds gathered and Sunday the store was closed.', published, 'Sunday')).toBe(
      byTense('Sunday', published, 'past'),
    );
    expect(valueOf('Crowds gathered and Sunday hours are shorter.', published, 'Sunday')).toBe(
      byTense('Sunday', published, 'past'),
    );
  });

  it('reads "Saturday the streets are quiet after rioters burned dozens of shops", said on Sunday 3 May 1992, as the Saturday gone by: a past in the sentence', () => {
    const published = '1992-05-03';
    expect(
      valueOf(
        'Saturday the streets are quiet after rioters burned dozens of shops.',
        published,
        'Saturday',
      ),
    ).toBe(byTense('Saturday', published, 'past'));
    expect(valueOf('Monday the store is closed for inventory.', published, 'Monday')).toBe(
      byTense('Monday', published, 'future'),
    );
  });

  it('leaves "Rioters burned cars Saturday. Sunday the streets are calm", said on Monday 7 November 2005, as the Sunday gone by: a weekday opening a later sentence of a narrative', () => {
    const published = '2005-11-07';
    expect(
      valueOf('Rioters burned cars Saturday. Sunday the streets are calm.', published, 'Sunday'),
    ).toBe(byTense('Sunday', published, 'past'));
    expect(
      valueOf('Smith won the title Sunday. Monday he is back at work.', published, 'Monday'),
    ).toBe(byTense('Monday', published, 'past'));
  });

  it('leaves "Tuesday now is seen as the turning point of the crisis", said on Thursday 26 February 1998, as the Tuesday gone by: an adverb before the copula is no subject', () => {
    const published = '1998-02-26';
    for (const text of [
      'Tuesday now is seen as the turning point of the crisis.',
      'Tuesday still is remembered as the day the dam broke.',
    ])
      expect(valueOf(text, published, 'Tuesday')).toBe(byTense('Tuesday', published, 'past'));
  });

  it('reads "Friday the girl is reported missing. Sunday her body is found in a ditch.", said on Wednesday 16 September 2009, as the Friday gone by: a narrative in the historic present', () => {
    const published = '2009-09-16';
    expect(
      valueOf(
        'Friday the girl is reported missing. Sunday her body is found in a ditch.',
        published,
        'Friday',
      ),
    ).toBe(byTense('Friday', published, 'past'));
    expect(
      valueOf(
        'Monday the store is closed for inventory. Tuesday it is opened at noon.',
        published,
        'Monday',
      ),
    ).toBe(byTense('Monday', published, 'future'));
  });
});
