import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isWeekThroughoutTold } from './weekThroughout.ts';

const at = (published: string) => ({ published, locale: 'en-US' }) as const;
const weekValue = (found: { text: string; value: string }[]) =>
  found.find((m) => /week/i.test(m.text))?.value;
const news = (text: string, published: string) => weekValue(findMentions(text, at(published)));
const timeml = (text: string, published: string) =>
  weekValue(findTimemlMentions(text, at(published)));

describe('"throughout the week", the week of publication', () => {
  it.each([
    ['Aftershocks continued throughout the week, residents said.', '2026-04-17', '2026-W16'],
    ['Talks will continue throughout the week.', '2026-09-23', '2026-W39'],
    ['Protesters camped outside city hall throughout the entire week.', '2026-06-26', '2026-W26'],
  ])('reads %j, said on %s, as %s', (text, published, value) => {
    expect(news(text, published)).toBe(value);
    expect(timeml(text, published)).toBe(value);
  });

  it('does not read "The shop is open throughout the week", a habit in the present, as a week', () => {
    const text = 'The shop is open throughout the week.';
    expect(news(text, '2026-04-17')).toBeUndefined();
    expect(timeml(text, '2026-04-17')).toBeUndefined();
    expect(isWeekThroughoutTold(text, 28, 36, '2026-04-17')).toBe(false);
  });

  it('does not read "Protests continued throughout the week", told in the past on a Monday, as the week just begun', () => {
    const text = 'Protests continued throughout the week, police said.';
    expect(news(text, '2026-03-09')).toBeUndefined();
    expect(timeml(text, '2026-03-09')).toBeUndefined();
    expect(news('Talks will continue throughout the week.', '2026-03-09')).toBe('2026-W11');
  });

  it('keeps "The heatwave peaks at the end of the week, forecasters say", with no "throughout", the week of publication', () => {
    const text = 'The heatwave peaks at the end of the week, forecasters say.';
    expect(news(text, '2026-03-11')).toBe('2026-W11');
    expect(timeml(text, '2026-03-11')).toBe('2026-W11');
  });

  it.each([
    ['Protests went on throughout the week of 12 March.', '2026-W11'],
    ['Crowds gathered throughout the week before the vote.', '2026-W15'],
    ["Rain fell throughout the week's first half.", undefined],
    ['Voters queued throughout the week in which the referendum was held.', undefined],
  ])('does not read %j as the week of publication', (text, value) => {
    expect(news(text, '2026-04-17')).toBe(value);
  });
});
