import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const SAID = { published: '2026-03-11', locale: 'en-US' } as const;
const read = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, SAID).map((m) => `${m.text} = ${m.value}`),
  );

describe('"the fall" as the season of a habit', () => {
  it.each([
    ['Prices typically fall in the fall as demand for cooling eases.', 'the fall = XXXX-FA'],
    ['The leaves usually turn in the fall.', 'the fall = XXXX-FA'],
  ])('reads "%s" as any year\'s fall', (text, found) => {
    expect(read(text)).toEqual([[found], [found]]);
  });

  it('reads a fronted "In the fall" before a habit', () => {
    const [news, timeml] = read(
      'In the fall the township sweeps leaves from the curbs every Tuesday.',
    );
    expect(news).toContain('the fall = XXXX-FA');
    expect(timeml).toContain('the fall = XXXX-FA');
  });

  it.each([
    ['Elderly patients often break a hip in the fall.'],
    ['Climbers usually hit their head in the fall.'],
    ['Prices fell sharply in the fall.'],
    ['Markets usually recover quickly from the fall.'],
    ['Historians often blame the emperor for the fall.'],
    ['Shares typically rebound after the fall.'],
  ])('leaves "%s" unread', (text) => {
    expect(read(text)).toEqual([[], []]);
  });
});
