import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { oddsForWeekday } from './oddsForWeekday.ts';

// Tuesday 3 February 2026: the coming Friday is the 6th, the one gone by 30 January.
const TUESDAY = { published: '2026-02-03', locale: 'en-US' } as const;
const value = (text: string, words: string) =>
  findMentions(text, TUESDAY).find((m) => m.text.replace(/^on\s+/, '') === words)?.value;
const timeml = (text: string, words: string) =>
  findTimemlMentions(text, TUESDAY).find((m) => m.text === words)?.value;

describe("a forecast's odds for a weekday", () => {
  it.each([
    ['More snow is possible on Friday.', 'Friday', '2026-02-06'],
    ['Showers are likely Friday, mainly in the afternoon.', 'Friday', '2026-02-06'],
    ['Snow is possible Thursday night in the hills.', 'Thursday night', '2026-02-05'],
    ['There is a chance of snow on Friday.', 'Friday', '2026-02-06'],
    ['There is a slight chance of showers Friday afternoon.', 'Friday afternoon', '2026-02-06'],
    ['There is a 40 percent chance of rain on Saturday.', 'Saturday', '2026-02-07'],
    ['Another round of snow is possible Thursday night into Friday.', 'Friday', '2026-02-06'],
    ['Frost is also possible overnight Wednesday.', 'Wednesday', '2026-02-04'],
    ['Rain is in the forecast for Saturday.', 'Saturday', '2026-02-07'],
    ['with a risk of flooding into Sunday morning', 'Sunday morning', '2026-02-08'],
  ])('reads "%s" as the coming day', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it('reads the coming night in TimeML mode too', () => {
    expect(timeml('Snow is possible Thursday night.', 'Thursday night')).toBe('2026-02-05TNI');
    expect(timeml('Showers are likely on Friday.', 'Friday')).toBe('2026-02-06');
    const text = 'Frost is possible overnight Wednesday into Thursday morning.';
    expect(timeml(text, 'Thursday morning')).toBe('2026-02-05TMO');
  });

  it.each([
    ['There was a chance of snow on Friday, but it stayed dry.', 'Friday', '2026-01-30'],
    ['It is possible the fire started on Friday.', 'Friday', '2026-01-30'],
    ['A chance of rain on Friday forced organisers to cancel the fair.', 'Friday', '2026-01-30'],
    ['Detectives are investigating the possibility of arson on Friday.', 'Friday', '2026-01-30'],
    ['Police have not ruled out the possibility of foul play on Friday.', 'Friday', '2026-01-30'],
    ['Shares fell on the threat of tariffs on Friday.', 'Friday', '2026-01-30'],
  ])('leaves "%s" the day gone by', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it('reads only a weekday, not a month, after the odds', () => {
    expect(oddsForWeekday('Snow is likely ', 'in January')).toBe(false);
    expect(oddsForWeekday('Snow is likely ', 'on Friday')).toBe(true);
  });
});
