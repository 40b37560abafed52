import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isForecastSaidOn } from './isForecastSaidOn.ts';

// Monday 21 December 1998.
const MONDAY = { published: '1998-12-21', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, MONDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, MONDAY).map((m) => `${m.text} = ${m.value}`);

describe('a forecast made on a day, "forecast" the past of the verb of saying', () => {
  it('finds the forecaster and "forecast" right before the date', () => {
    const text = 'Growth will slow, the ministry forecast on Friday.';
    expect(isForecastSaidOn(text, 43, 49)).toBe(true);
    const noun = 'The forecast on Friday will be for rain.';
    expect(isForecastSaidOn(noun, 16, 22)).toBe(false);
  });

  it('reads "The economy will shrink again, the government forecast on Friday" as the Friday gone by', () => {
    const text = 'The economy will shrink again, the government forecast on Friday.';
    expect(news(text)).toEqual(['on Friday = 1998-12-18']);
    expect(timeml(text)).toEqual(['Friday = 1998-12-18']);
  });

  it('reads "The government forecast on Friday that the economy would shrink" as the Friday gone by', () => {
    const text = 'The government forecast on Friday that the economy would shrink.';
    expect(news(text)).toEqual(['on Friday = 1998-12-18']);
    expect(timeml(text)).toEqual(['Friday = 1998-12-18']);
  });

  it('reads "Japan\'s government forecast on Friday that growth would slow" as the Friday gone by', () => {
    const text = "Japan's government forecast on Friday that growth would slow.";
    expect(timeml(text)).toEqual(['Friday = 1998-12-18']);
  });

  it('reads "The IMF forecast Tuesday that growth would slow" as the Tuesday gone by', () => {
    const text = 'The IMF forecast Tuesday that growth would slow.';
    expect(timeml(text)).toEqual(['Tuesday = 1998-12-15']);
  });

  it('reads "Exports will fall, economists forecast late Thursday" as the Thursday gone by', () => {
    const text = 'Exports will fall, economists forecast late Thursday.';
    expect(timeml(text)).toEqual(['late Thursday = 1998-12-17']);
  });

  it('keeps the Friday ahead of the noun after a possessive: "The bank\'s forecast on Friday, due at noon, is expected to show a contraction"', () => {
    const text = "The bank's forecast on Friday, due at noon, is expected to show a contraction.";
    expect(news(text)).toContain('on Friday = 1998-12-25');
    expect(timeml(text)).toContain('Friday = 1998-12-25');
  });

  it('keeps the Friday ahead of the noun after an article: "The forecast on Friday, due at noon, …"', () => {
    const text = 'The forecast on Friday, due at noon, is expected to show a contraction.';
    expect(timeml(text)).toContain('Friday = 1998-12-25');
  });

  it('keeps the Friday ahead when a verb follows the date: "The bank forecast on Friday will show a contraction"', () => {
    const text = 'The bank forecast on Friday will show a contraction.';
    expect(timeml(text)).toEqual(['Friday = 1998-12-25']);
  });

  it('keeps the Friday ahead of the noun after "official": "The official forecast on Friday, due at noon, will set the tone"', () => {
    const text = 'The official forecast on Friday, due at noon, will set the tone for the budget.';
    expect(news(text)).toContain('on Friday = 1998-12-25');
    expect(timeml(text)).toContain('Friday = 1998-12-25');
  });

  it('still reads "officials forecast Friday" as the Friday gone by', () => {
    const text = 'Exports will fall, officials forecast Friday.';
    expect(timeml(text)).toEqual(['Friday = 1998-12-18']);
  });
});
