import { describe, expect, it } from 'vitest';
import { toCalendarDate } from './calendarDate.ts';
import { feastEventCalledOff } from './feastEventCalledOff.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const valueOf = (found: { text: string; value: string }[], words: string) =>
  found.find((f) => f.text.endsWith(words))?.value;
const calledOff = (text: string, words: string) => {
  const start = text.indexOf(words);
  return feastEventCalledOff(text, start, start + words.length, '1999-12-28');
};

describe('feastEventCalledOff', () => {
  it.each([
    [
      "Officials said the New Year's Eve celebrations were canceled because of terrorism fears.",
      "New Year's Eve",
      '1999-12-28',
      new Date(1999, 11, 31),
    ],
    [
      'Officials said the Fourth of July fireworks were canceled.',
      'Fourth of July',
      '1999-06-28',
      new Date(1999, 6, 4),
    ],
    [
      "Seattle's mayor said the city's New Year's Eve party had been called off.",
      "New Year's Eve",
      '1999-12-29',
      new Date(1999, 11, 31),
    ],
    [
      'Palestinian officials said the Christmas Eve procession in Bethlehem was canceled.',
      'Christmas Eve',
      '1998-12-15',
      new Date(1998, 11, 24),
    ],
    [
      "Police in Jakarta said New Year's Eve festivities were called off.",
      "New Year's Eve",
      '1999-12-30',
      new Date(1999, 11, 31),
    ],
  ] as const)(
    'reads %j, said on %s (the phrase %j), as the coming feast',
    (text, words, published, day) => {
      const coming = toCalendarDate(day);
      expect(coming > published).toBe(true);
      expect(valueOf(findMentions(text, { published, locale: 'en-US' }), words)).toBe(coming);
      expect(valueOf(findTimemlMentions(text, { published, locale: 'en-US' }), words)).toBe(coming);
    },
  );

  it.each([
    ["Officials said the New Year's Eve celebrations were marred by violence.", '1999-12-28'],
    ["Officials said the New Year's Eve celebrations were a success last year.", '1999-12-20'],
    ["Last year the New Year's Eve celebrations were canceled because of fog.", '1999-12-28'],
    ["The club's New Year's Eve party was canceled in 1998 after a fire.", '1999-12-28'],
  ])('still reads %j, said on %s, as the feast gone by', (text, published) => {
    const goneBy = toCalendarDate(new Date(1998, 11, 31));
    expect(valueOf(findMentions(text, { published, locale: 'en-US' }), "New Year's Eve")).toBe(
      goneBy,
    );
  });

  it('keeps a feast gone by when the fireworks were canceled after it', () => {
    const text = 'Officials said the Fourth of July fireworks were canceled because of rain.';
    const goneBy = toCalendarDate(new Date(1999, 6, 4));
    expect(
      valueOf(findMentions(text, { published: '1999-07-10', locale: 'en-US' }), 'Fourth of July'),
    ).toBe(goneBy);
  });

  it('asks for a passive of calling off right after the events', () => {
    expect(calledOff("The New Year's Eve parties were canceled.", "New Year's Eve")).toBe(true);
    expect(calledOff("The New Year's Eve parties were crowded.", "New Year's Eve")).toBe(false);
    expect(calledOff("After New Year's Eve, parties were canceled.", "New Year's Eve")).toBe(false);
    expect(
      calledOff("New Year's Eve parties were canceled across the city.", "New Year's Eve"),
    ).toBe(false);
  });
});
