import { describe, expect, it } from 'vitest';
import { feastEventAhead } from './feastEventAhead.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const FEAST = "New Year's Eve";
const eve = (text: string, published: string) => {
  const options = { published, locale: 'en-US' } as const;
  const holiday = (m: { text: string }) => m.text.includes('Eve');
  return [
    findMentions(text, options).find(holiday)?.value,
    findTimemlMentions(text, options).find(holiday)?.value,
  ];
};
// New Year's Eve in the year of publication (`back` 0) or in a year before it.
const newYearsEve = (published: string, back = 0) =>
  `${Number(published.slice(0, 4)) - back}-12-31`;
const at = (text: string, published?: string) => {
  const start = text.indexOf(FEAST);
  return feastEventAhead(text, start, start + FEAST.length, published);
};

describe('a feast naming the events it is kept with, told in the past', () => {
  it.each([
    "The Justice Department said it was investigating threats against the New Year's Eve celebrations.",
    "Officials said the New Year's Eve celebrations would go ahead.",
    "Police said they had stepped up patrols before the New Year's Eve festivities.",
    "Police said 8,000 officers would be at the New Year's Eve celebrations.",
  ])('reads %j, said on 28 December 1999, as the coming eve', (text) => {
    const published = '1999-12-28';
    expect(at(text, published)).toBe(true);
    expect(eve(text, published)).toEqual([newYearsEve(published), newYearsEve(published)]);
  });

  it.each([
    ["Police said the New Year's Eve celebrations went off without incident.", '1999-12-28'],
    ["Last year, officials said the New Year's Eve celebrations would go ahead.", '1999-12-28'],
    ["Officials said the New Year's Eve celebrations would go ahead.", '1999-10-28'],
    [
      "He was convicted of shooting a man at the New Year's Eve celebrations in Times Square.",
      '1999-12-20',
    ],
    ["The New Year's Eve celebrations were marred by stabbings, police said.", '1999-12-28'],
    ["Police said the New Year's Eve celebrations a year ago were marred by fights.", '1999-12-28'],
    ["Officials said the New Year's Eve fireworks last year were cancelled.", '1999-12-28'],
  ])('still reads %j, said on %s, as the eve gone by', (text, published) => {
    expect(eve(text, published)).toEqual([newYearsEve(published, 1), newYearsEve(published, 1)]);
  });

  it('takes the events after "the" only, with no past of their own', () => {
    expect(at("Officials said the New Year's Eve celebrations would go ahead.")).toBe(true);
    expect(at("Officials said New Year's Eve was quiet.")).toBe(false);
    expect(at("Police said the New Year's Eve party ended early.")).toBe(false);
  });
});
