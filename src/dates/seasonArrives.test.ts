import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 19 August 1999.
const AUGUST = { published: '1999-08-19', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, AUGUST).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, AUGUST).map((m) => `${m.text} = ${m.value}`);

describe('a bare season after a preposition of time, before a verb of its coming', () => {
  it('reads "The government would provide shelter before winter sets in" as the coming winter', () => {
    const text = 'The government would provide shelter before winter sets in.';
    expect(news(text)).toEqual(['winter = 1999-WI']);
    expect(timeml(text)).toEqual(['winter = 1999-WI']);
  });

  it('reads "before winter arrives" and "until spring comes" as the seasons ahead', () => {
    expect(timeml('Aid must reach the camps before winter arrives.')).toEqual(['winter = 1999-WI']);
    expect(timeml('The camps will stay open until spring comes.')).toEqual(['spring = 2000-SP']);
  });

  it('reads no coming in "sets" without "in": "Refugees need tents before winter sets."', () => {
    expect(news('Refugees need tents before winter sets.')).toEqual([]);
    expect(timeml('Refugees need tents before winter sets.')).toEqual([]);
  });

  it('still reads a noun after the season as a thing: "Crews cleared roads after winter storms"', () => {
    expect(timeml('Crews cleared roads after winter storms.')).toEqual([]);
  });
});
