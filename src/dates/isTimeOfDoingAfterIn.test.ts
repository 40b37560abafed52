import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isTimeOfDoingAfterIn } from './isTimeOfDoingAfterIn.ts';

// Wednesday 11 March 2026.
const PUBLISHED = { published: '2026-03-11', locale: 'en-GB' } as const;
const read = (found: { text: string; value: string }[]) => found.map((m) => `${m.text} ${m.value}`);
const news = (text: string) => read(findMentions(text, PUBLISHED));
const timeml = (text: string) => read(findTimemlMentions(text, PUBLISHED));
const doing = (text: string) => {
  const at = text.lastIndexOf(' in ') + 1;
  return isTimeOfDoingAfterIn(text, at, text.length - 1);
};

describe('how long a journey or a deed takes, after "in"', () => {
  it('reads "The ferry makes the crossing to Calais in 75 minutes" as a length in the news reading', () => {
    expect(news('The ferry makes the crossing to Calais in 75 minutes.')).toEqual([
      '75 minutes PT75M',
    ]);
    expect(timeml('The ferry makes the crossing to Calais in 75 minutes.')).toEqual([
      '75 minutes PT75M',
    ]);
  });

  it.each([
    ['The new train completes the journey in 67 minutes.', ['67 minutes PT67M']],
    ['The robot assembles a car in 18 hours.', ['18 hours PT18H']],
    ['The machine can test a sample in 15 minutes.', ['15 minutes PT15M']],
    ['The express bus gets commuters downtown in 25 minutes.', ['25 minutes PT25M']],
    [
      'The new line takes passengers from the airport to the city in 20 minutes.',
      ['20 minutes PT20M'],
    ],
    ['Paramedics reach most emergencies in eight minutes.', ['eight minutes PT8M']],
    ['The liner makes the crossing in six days.', ['six days P6D']],
  ])('reads %j as a length in the news reading', (text, found) => {
    expect(news(text)).toEqual(found);
  });

  it.each([
    ['The train leaves in 20 minutes.', ['in 20 minutes 2026-03-11']],
    ['The band takes the stage in 20 minutes.', ['in 20 minutes 2026-03-11']],
    ['We board the flight in 20 minutes.', ['in 20 minutes 2026-03-11']],
    ['The ferry is due to make the crossing in 50 minutes.', ['in 50 minutes 2026-03-11']],
    ['Crews will repair the line in 30 minutes.', ['in 30 minutes 2026-03-11']],
    ['The firm completes the deal in two weeks.', ['in two weeks 2026-W13']],
    ['The north gets heavy rain in three days.', ['in three days 2026-03-14']],
    ['The prime minister makes a statement in 20 minutes.', ['in 20 minutes 2026-03-11']],
    ['The chancellor delivers her Budget in 30 minutes.', ['in 30 minutes 2026-03-11']],
    ['Voters get their say in 48 hours.', ['in 48 hours 2026-03-13']],
    ['The prime minister takes questions from MPs in 20 minutes.', ['in 20 minutes 2026-03-11']],
    ['The president gets a briefing from his generals in two hours.', ['in two hours 2026-03-11']],
    ['The Supreme Court delivers judgment in 30 minutes.', ['in 30 minutes 2026-03-11']],
    ['Nasa makes another attempt to launch the rocket in 48 hours.', ['in 48 hours 2026-03-13']],
    [
      'The nurse finishes her shift in two hours and has not eaten since dawn.',
      ['in two hours 2026-03-11'],
    ],
  ])('keeps %j a time ahead', (text, found) => {
    expect(news(text)).toEqual(found);
  });

  it('asks for a subject or an ability before the verb, and no determiner', () => {
    expect(doing('The robot assembles a car in 18 hours.')).toBe(true);
    expect(doing('Assembles a car in 18 hours.')).toBe(false);
    expect(doing('Results of the tests done in 15 minutes.')).toBe(false);
  });

  it('reads "Rescuers hope to reach the trapped miners in 20 minutes" as a time ahead: an infinitive is no deed done', () => {
    expect(news('Rescuers hope to reach the trapped miners in 20 minutes.')).toEqual([
      'in 20 minutes 2026-03-11',
    ]);
  });
});
