import { describe, expect, it } from 'vitest';
import { addDays, format } from 'date-fns';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

/** The clocks both readings find in `text` said on `published`. */
const clocks = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' })
      .filter((m) => m.type === 'TIME')
      .map((m) => [m.text, m.value]),
  );
/** The day `days` after `published`, with a clock. */
const dayOn = (published: string, days: number, clock: string) =>
  `${format(addDays(toLocalDate(published), days), 'yyyy-MM-dd')}T${clock}`;

describe('an hour and its minutes in words after a verb of setting, before a weekday and its part', () => {
  it('reads "The launch is now set for two nineteen Thursday afternoon", said on Tuesday 14 April 1998, as the coming Thursday at 14:19', () => {
    const published = '1998-04-14';
    const found = [['two nineteen Thursday afternoon', dayOn(published, 2, '14:19')]];
    expect(clocks('The launch is now set for two nineteen Thursday afternoon.', published)).toEqual(
      [found, found],
    );
  });

  it.each([
    // Wednesday 11 February 1998: the coming Saturday.
    [
      "The men's downhill is now set for ten fifteen Saturday morning.",
      'ten fifteen Saturday morning',
      3,
      '10:15',
    ],
    [
      'The hockey final is scheduled for one forty-five Saturday afternoon.',
      'one forty-five Saturday afternoon',
      3,
      '13:45',
    ],
  ])(
    'reads "%s", said on 11 February 1998, as that clock on the day',
    (text, words, days, clock) => {
      const found = [[words, dayOn('1998-02-11', days, clock)]];
      expect(clocks(text, '1998-02-11')).toEqual([found, found]);
    },
  );

  it.each([
    // No part of the day after the words: a figure set, no clock.
    'The price was set for nine twenty on Thursday.',
    'The fee was set for two fifty Saturday.',
  ])('reads no clock in "%s", said on 11 February 1998', (text) => {
    expect(clocks(text, '1998-02-11')).toEqual([[], []]);
  });
});
