import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { scheduledDayEvent } from './scheduledDayEvent.ts';

type Found = { text: string; value: string }[];
const dayOf = (found: Found, day: string) => found.find((m) => m.text.endsWith(day))?.value;
const both = (text: string, published: string, day: string) => [
  dayOf(findMentions(text, { published, locale: 'en-GB' }), day),
  dayOf(findTimemlMentions(text, { published, locale: 'en-GB' }), day),
];

describe("a day's event set at a clock time in a schedule's present", () => {
  it.each([
    ["Saturday's early kick-off at Anfield is at 12.30pm.", '2026-04-10', 'Saturday', '2026-04-11'],
    ["Sunday's game at Villa Park kicks off at 2pm.", '2026-03-19', 'Sunday', '2026-03-22'],
    ["Friday's Game 5 in Denver tips off at 9 p.m. Eastern.", '2026-05-07', 'Friday', '2026-05-08'],
    ["Sunday's final round at Wentworth starts at 7am.", '2026-05-14', 'Sunday', '2026-05-17'],
  ])('reads %j, said on %s, as the coming day in both readings', (text, published, day, value) => {
    expect(both(text, published, day)).toEqual([value, value]);
  });

  it('reads the clock time of "Saturday\'s early kick-off at Anfield is at 12.30pm" on that day', () => {
    const found = findMentions("Saturday's early kick-off at Anfield is at 12.30pm.", {
      published: '2026-04-10',
      locale: 'en-GB',
    });
    expect(found.map((m) => m.value)).toContain('2026-04-11T12:30');
  });

  it.each([
    ["Saturday's match kicked off at 3pm and ended 2-1.", 'Saturday', '2026-04-04'],
    ["Sunday's game is at Villa Park, the club said.", 'Sunday', '2026-04-05'],
    ["Saturday's attack is the worst since 2019.", 'Saturday', '2026-04-04'],
  ])('leaves %j, said on Friday 10 April 2026, the day gone by', (text, day, value) => {
    expect(both(text, '2026-04-10', day)).toEqual([value, value]);
  });

  it('leaves a timetable told before the story\'s time ("the club had told fans") the day gone by', () => {
    const text =
      '"Saturday\'s kick-off is at 3pm," the club had told fans before the game was postponed.';
    expect(both(text, '2026-04-13', 'Saturday')).toEqual(['2026-04-11', '2026-04-11']);
  });

  it('needs a clock time after the verb', () => {
    expect(scheduledDayEvent("'s game at Villa Park kicks off at 2pm.")).toBe(true);
    expect(scheduledDayEvent("'s game is at Villa Park.")).toBe(false);
    expect(scheduledDayEvent("'s game kicked off at 2pm.")).toBe(false);
  });
});
