import { describe, expect, it } from 'vitest';
import { addDays, format, parseISO } from 'date-fns';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Tuesday 10 March 1998.
const PUBLISHED = '1998-03-10';
const TUESDAY = { published: PUBLISHED, locale: 'en-US' } as const;
const both = (text: string) => [
  findMentions(text, TUESDAY).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, TUESDAY).map((m) => `${m.text} = ${m.value}`),
];
const tomorrow = format(addDays(parseISO(PUBLISHED), 1), 'yyyy-MM-dd');

describe('an hour in words set or moved to a part of tomorrow', () => {
  it.each([
    ['The Senate vote was moved to ten tomorrow morning.', 'ten tomorrow morning', '10:00'],
    ['The vote was moved to six tomorrow morning.', 'six tomorrow morning', '06:00'],
    ['The launch is set for six tomorrow morning.', 'six tomorrow morning', '06:00'],
    ['The briefing was moved to seven tomorrow evening.', 'seven tomorrow evening', '19:00'],
  ])('reads "%s", said on 10 March 1998, as the clock of the next day', (text, words, clock) => {
    for (const found of both(text)) expect(found).toEqual([`${words} = ${tomorrow}T${clock}`]);
  });

  it('reads no clock in "The vote was moved to six tomorrow", with no part of the day', () => {
    const [news] = both('The vote was moved to six tomorrow.');
    expect(news).toEqual([`tomorrow = ${tomorrow}`]);
  });

  it('reads no clock in "The death toll was moved to nine yesterday afternoon", a figure', () => {
    const yesterday = format(addDays(parseISO(PUBLISHED), -1), 'yyyy-MM-dd');
    const [news] = both('The death toll was moved to nine yesterday afternoon.');
    expect(news).toEqual([`yesterday afternoon = ${yesterday}`]);
  });

  it('reads no clock in "Kentucky will be moved to six tomorrow morning in the coaches\' poll"', () => {
    const [news] = both("Kentucky will be moved to six tomorrow morning in the coaches' poll.");
    expect(news).toEqual([`tomorrow morning = ${tomorrow}`]);
  });
});
