import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { placeBetweenClockAndDay } from './placeBetweenClockAndDay.ts';

// Monday 9 March 2026.
const PUBLISHED = { published: '2026-03-09', locale: 'en-GB' } as const;
const valueOf = (found: { text: string; value: string }[], words: string) =>
  found.find((m) => m.text.includes(words))?.value;
const news = (text: string, words: string) => valueOf(findMentions(text, PUBLISHED), words);
const timeml = (text: string, words: string) => valueOf(findTimemlMentions(text, PUBLISHED), words);

describe('a clock with the place it happened between it and its weekday', () => {
  it.each([
    [
      'The crash happened at around 7.40pm on the A38 on Saturday 7 March.',
      '7.40pm',
      '2026-03-07T19:40',
    ],
    ['Officers were called at about 11pm on Market Street on Friday.', '11pm', '2026-03-06T23:00'],
    [
      'A cyclist was hit at 8.10am at the junction of Mill Lane and High Street on Thursday.',
      '8.10am',
      '2026-03-05T08:10',
    ],
    [
      'Firefighters arrived at 4:30 p.m. at the warehouse in Newark on Saturday.',
      '4:30 p.m.',
      '2026-03-07T16:30',
    ],
    ['The lorry overturned at 6am on the M6 near Stafford on Sunday.', '6am', '2026-03-08T06:00'],
    [
      'The man was last seen at around 9pm outside the station on Wednesday.',
      '9pm',
      '2026-03-04T21:00',
    ],
  ])(
    'reads the clock in %j on the weekday after the place, in both readings',
    (text, clock, value) => {
      expect(news(text, clock)).toBe(value);
      expect(timeml(text, clock)).toBe(value);
    },
  );

  it('reads "The road will close at 8pm on Market Street on Friday" on the coming Friday', () => {
    const text = 'The road will close at 8pm on Market Street on Friday.';
    expect(news(text, '8pm')).toBe('2026-03-13T20:00');
    expect(timeml(text, '8pm')).toBe('2026-03-13T20:00');
  });

  it('keeps the weekday its own mention in both readings', () => {
    const text = 'Officers were called at about 11pm on Market Street on Friday.';
    expect(news(text, 'Friday')).toBe('2026-03-06');
    expect(timeml(text, 'Friday')).toBe('2026-03-06');
  });

  it.each([
    // A participle: the day is the statement's, not the clock's.
    [
      'The statement was issued at 7pm in a statement released on Friday.',
      '7pm',
      '2026-03-09T19:00',
    ],
    // A clause: "that" opens it.
    ['Counting starts at 7pm in the towns that vote on Friday.', '7pm', '2026-03-09T19:00'],
    // "and" before a lowercase word joins a clause, not two names of a place.
    ['Police arrived at 9pm at the bar and officers left on Friday.', '9pm', '2026-03-09T21:00'],
  ])('does not carry the weekday back over %j', (text, clock, value) => {
    expect(news(text, clock)).toBe(value);
    expect(timeml(text, clock)).toBe(value);
  });

  it('reads only a weekday as the day after the place', () => {
    expect(placeBetweenClockAndDay(' on the A38 on ', 'Saturday 27 June')).toBe(true);
    expect(placeBetweenClockAndDay(' on the A38 on ', '27 June')).toBe(false);
  });

  it('needs "on" before the weekday and a preposition of place before the place', () => {
    expect(placeBetweenClockAndDay(' on Market Street ', 'Friday')).toBe(false);
    expect(placeBetweenClockAndDay(' from the square on ', 'Saturday')).toBe(false);
  });
});
