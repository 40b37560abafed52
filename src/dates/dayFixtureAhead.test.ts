import { describe, expect, it } from 'vitest';
import { dayFixtureAhead } from './dayFixtureAhead.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const at = (published: string) => ({ published, locale: 'en-GB' }) as const;
const dayValue = (found: { text: string; value: string }[]) =>
  found.find((m) => /day\b/i.test(m.text))?.value;
const news = (text: string, published: string) => dayValue(findMentions(text, at(published)));
const timeml = (text: string, published: string) =>
  dayValue(findTimemlMentions(text, at(published)));

describe('a fixture a day owns, said of as one still to come', () => {
  it.each([
    ["Saturday's match against Leeds is a sell-out, the club said.", '2026-04-09', '2026-04-11'],
    ["Sunday's final is sold out.", '2026-05-14', '2026-05-17'],
    [
      "Saturday's 3pm kick-off is at risk after the storm damaged the stand.",
      '2026-04-09',
      '2026-04-11',
    ],
    [
      "Friday's game against the Patriots is expected to draw a record crowd.",
      '2026-10-07',
      '2026-10-09',
    ],
    ["Sunday's race has been cancelled because of high winds.", '2026-03-12', '2026-03-15'],
    ["Thursday's debate is sold out, organisers said.", '2026-01-14', '2026-01-15'],
    ["Saturday's derby at Goodison has been postponed.", '2026-11-05', '2026-11-07'],
    [
      "Saturday's match against Leeds is a sell-out, and the club has had to turn fans away.",
      '2026-04-09',
      '2026-04-11',
    ],
  ])('reads %j, said on %s, as the coming day %s', (text, published, value) => {
    expect(news(text, published)).toBe(value);
    expect(timeml(text, published)).toBe(value);
  });

  it.each([
    ["Sunday's race was cancelled because of high winds.", '2026-03-16', '2026-03-15'],
    [
      "Saturday's defeat at Burnley leaves Rovers two points from safety.",
      '2026-04-13',
      '2026-04-11',
    ],
    ["Sunday's derby defeat is likely to cost the manager his job.", '2026-03-09', '2026-03-08'],
    [
      "Saturday's match was abandoned and fans are set to receive refunds, the club said.",
      '2026-03-09',
      '2026-03-07',
    ],
    [
      "Saturday's game ended 2-2. Both clubs are expected to appeal the red cards.",
      '2026-03-09',
      '2026-03-07',
    ],
  ])('reads %j, said on %s, as the day gone by %s', (text, published, value) => {
    expect(news(text, published)).toBe(value);
    expect(timeml(text, published)).toBe(value);
  });

  it.each([
    "'s win over Leeds is expected to lift the club off the bottom.",
    "'s attack is likely to harden opinion.",
    "'s derby defeat is likely to cost the manager his job.",
    "'s match against Leeds is a sell-out, the club had told fans.",
    "'s match against Leeds was a sell-out.",
    "'s match was played in front of a crowd that is a sell-out.",
    "'s final is likely to be remembered as one of the great comebacks.",
    "'s concert is expected to have raised £2m for the hospice.",
  ])(
    'does not take %j, a result, a past or a timetable told before, as a fixture to come',
    (after) => {
      expect(dayFixtureAhead(after)).toBe(false);
    },
  );
});
