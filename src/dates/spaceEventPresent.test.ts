import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const SEPT_23 = { published: '2026-09-23', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, SEPT_23).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, SEPT_23).map((m) => [m.text, m.value] as const);

describe("a mission's or a sky's event told in the present", () => {
  it('reads "The capsule docks with the station on Thursday" as the coming Thursday', () => {
    expect(news('The capsule docks with the station on Thursday.')).toEqual([
      ['on Thursday', '2026-09-24'],
    ]);
    expect(timeml('The capsule docks with the station on Thursday.')).toEqual([
      ['Thursday', '2026-09-24'],
    ]);
  });

  it('reads "The rocket lifts off at 9.42am on Thursday" as the coming Thursday\'s time', () => {
    expect(news('The rocket lifts off at 9.42am on Thursday.')).toEqual([
      ['at 9.42am on Thursday', '2026-09-24T09:42'],
    ]);
    expect(timeml('The rocket lifts off at 9.42am on Thursday.')).toEqual([
      ['9.42am on Thursday', '2026-09-24T09:42'],
    ]);
  });

  it.each([
    ['The crew splashes down off Florida on Sunday.', 'Sunday', '2026-09-27'],
    ['The astronauts splash down on Sunday.', 'Sunday', '2026-09-27'],
    ['The probe flies past Venus on Thursday.', 'Thursday', '2026-09-24'],
    ['The spacecraft enters orbit on Friday.', 'Friday', '2026-09-25'],
    ['The comet makes its closest approach to Earth on Thursday.', 'Thursday', '2026-09-24'],
    ['The Perseid meteor shower peaks on Thursday night.', 'Thursday night', '2026-09-24TNI'],
    ['The module undocks from the station on Friday.', 'Friday', '2026-09-25'],
    ['The eclipse is visible on Sunday morning.', 'Sunday morning', '2026-09-27TMO'],
    ['The northern lights are visible on Sunday night.', 'Sunday night', '2026-09-27TNI'],
  ])('reads "%s" as the day coming in TimeML mode', (text, words, value) => {
    expect(timeml(text).find(([w]) => w === words)?.[1]).toBe(value);
  });

  it.each([
    ['Inflation peaks on Thursday.', 'Thursday', '2026-09-17'],
    ['The damage is visible on Thursday.', 'Thursday', '2026-09-17'],
    ['The eclipse was visible on Thursday.', 'Thursday', '2026-09-17'],
    ['Strikes closed London docks at dawn on Thursday.', 'Thursday', '2026-09-17'],
    ['The capsule docked with the station on Thursday.', 'Thursday', '2026-09-17'],
    ['The rocket did not lift off on Thursday because of high winds.', 'Thursday', '2026-09-17'],
    ['Engineers said the rocket failed to lift off on Thursday.', 'Thursday', '2026-09-17'],
    ["The astronauts didn't splash down on Thursday.", 'Thursday', '2026-09-17'],
  ])(
    'keeps "%s" the day gone by (no shower, no sky, the noun "docks", the past)',
    (text, words, value) => {
      expect(timeml(text).find(([w]) => w === words)?.[1]).toBe(value);
      expect(news(text).find(([w]) => w === `on ${words}`)?.[1]).toBe(value);
    },
  );
});

describe('a meteor shower\'s name in the plural before a bare "peak"', () => {
  it.each([
    ['The Geminids peak on Saturday night, astronomers say.', 'Saturday night', '2026-09-26TNI'],
    ['The Orionids peak on Thursday morning before dawn.', 'Thursday morning', '2026-09-24TMO'],
    ['Both showers peak on Friday night.', 'Friday night', '2026-09-25TNI'],
  ])('reads "%s" as the day coming, in both readings', (text, words, value) => {
    expect(timeml(text)).toContainEqual([words, value]);
    expect(news(text)).toContainEqual([`on ${words}`, value.slice(0, 10)]);
  });

  it.each([['Sales peak on Saturday night.', 'Saturday night', '2026-09-19TNI']])(
    'leaves "%s" the day gone by: no shower before "peak"',
    (text, words, value) => {
      expect(timeml(text)).toContainEqual([words, value]);
      expect(news(text)).toContainEqual([`on ${words}`, value.slice(0, 10)]);
    },
  );
});
