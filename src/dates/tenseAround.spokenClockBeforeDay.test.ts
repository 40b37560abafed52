import { describe, expect, it } from 'vitest';
import { tenseAround } from './tenseAround.ts';

/** The tense told around the first weekday of `text`. */
const tenseOfWeekday = (text: string) => {
  const day = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.exec(text)!;
  return tenseAround(text, day.index, day.index + day[0].length);
};

describe('a clock in words right before a weekday', () => {
  it('reads "The launch is now set for two nineteen Thursday afternoon" as a plan, ahead', () => {
    expect(tenseOfWeekday('The launch is now set for two nineteen Thursday afternoon.')).toBe(
      'future',
    );
  });

  it.each([
    "The men's downhill is now set for ten fifteen Saturday morning.",
    'The vote is set for two p.m. Thursday afternoon.',
    "The women's giant slalom is rescheduled for nine thirty Wednesday morning, Nagano time.",
  ])('reads "%s" as a plan, ahead', (text) => {
    expect(tenseOfWeekday(text)).toBe('future');
  });

  it.each([
    'The shuttle Atlantis lifted off at two nineteen Monday afternoon.',
    'The luge run finished at eleven forty Saturday morning.',
  ])('still reads "%s" as gone by', (text) => {
    expect(tenseOfWeekday(text)).toBe('past');
  });
});
