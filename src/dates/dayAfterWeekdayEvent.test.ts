import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { DAY_AFTER_WEEKDAY_EVENT } from './dayAfterWeekdayEvent.ts';

const MONDAY = { published: '2026-03-09', locale: 'en-GB' } as const;
const WEDNESDAY = { published: '2026-03-11', locale: 'en-US' } as const;
const read = (text: string, at: typeof MONDAY | typeof WEDNESDAY = MONDAY) =>
  findMentions(text, at).map((m) => [m.text, m.value]);
const readTimeml = (text: string, at: typeof MONDAY | typeof WEDNESDAY = MONDAY) =>
  findTimemlMentions(text, at).map((m) => [m.text, m.value]);

describe("days or weeks after a weekday's event", () => {
  it('reads "The day after Thursday\'s vote, the minister resigned", said on a Monday, as the Thursday gone by', () => {
    const text = "The day after Thursday's vote, the minister resigned.";
    expect(read(text)).toEqual([['Thursday', '2026-03-05']]);
    expect(readTimeml(text)).toEqual([['Thursday', '2026-03-05']]);
  });

  it.each([
    ["Two days after Saturday's shooting, the mayor called for calm.", 'Saturday', '2026-03-07'],
    ["The week after Tuesday's primary, the campaign laid off staff.", 'Tuesday', '2026-03-03'],
    ["Police made two arrests the day after Saturday's match.", 'Saturday', '2026-03-07'],
    ["In the days after Wednesday's blast, residents stayed indoors.", 'Wednesday', '2026-03-04'],
  ])('reads %j, said on a Monday, with its weekday gone by', (text, words, value) => {
    expect(read(text)).toContainEqual([words, value]);
    expect(readTimeml(text)).toContainEqual([words, value]);
  });

  it('reads "The day after Friday\'s summit, the president will fly to Tokyo", said on a Wednesday, as the coming Friday', () => {
    const text = "The day after Friday's summit, the president will fly to Tokyo.";
    expect(read(text, WEDNESDAY)).toEqual([['Friday', '2026-03-13']]);
    expect(readTimeml(text, WEDNESDAY)).toEqual([['Friday', '2026-03-13']]);
  });

  it('leaves "The day after Thursday" with no possessive to chrono, as one time', () => {
    expect(read('The day after Thursday, the mood was grim.')).toContainEqual([
      'The day after Thursday',
      expect.any(String),
    ]);
  });

  it('leaves a habit: "every day after Monday\'s primary" is not blanked', () => {
    expect(
      "She worked every day after Monday's primary.".match(DAY_AFTER_WEEKDAY_EVENT),
    ).toBeNull();
    expect("She resigned the day after Monday's primary.".match(DAY_AFTER_WEEKDAY_EVENT)).toEqual([
      'day after',
    ]);
  });
});
