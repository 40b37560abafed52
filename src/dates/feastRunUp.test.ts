import { describe, expect, it } from 'vitest';
import { feastRunUp } from './feastRunUp.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const news = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value] as const);
const timeml = (text: string, published: string) =>
  findTimemlMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value] as const);

describe('a feast named as the run-up of its shopping', () => {
  it('reads "Christmas delivery" three weeks ahead as the coming Christmas in both readings', () => {
    const text = 'Shipping cutoffs for Christmas delivery are as early as Dec. 15.';
    expect(news(text, '2026-12-03')).toContainEqual(['Christmas', '2026-12-25']);
    expect(timeml(text, '2026-12-03')).toContainEqual(['Christmas', '2026-12-25']);
  });

  it('reads Black Friday deals said in early November as the coming Black Friday', () => {
    expect(news('Black Friday deals are already here at Amazon.', '2026-11-03')).toEqual([
      ['Black Friday', '2026-11-27'],
    ]);
    expect(news('Retailers are rolling out Black Friday online deals.', '2026-11-03')).toEqual([
      ['Black Friday', '2026-11-27'],
    ]);
  });

  it('reads a feast that orders must arrive for as the coming one', () => {
    expect(news('Orders must be placed by Dec. 18 to arrive for Christmas.', '2026-12-03')).toEqual(
      [
        ['Dec. 18', '2026-12-18'],
        ['Christmas', '2026-12-25'],
      ],
    );
  });

  it('reads the run-up said just after the feast as the one gone by', () => {
    expect(news('Christmas sales are down 3%, the survey shows.', '2026-01-10')).toEqual([
      ['Christmas', '2025-12-25'],
    ]);
  });

  it('does not read a run-up told in the past as the coming feast', () => {
    expect(news('Christmas sales rose 4% at the chain.', '2026-12-03')).toEqual([
      ['Christmas', '2025-12-25'],
    ]);
  });

  it('does not read a feast with no shopping around it as the coming one', () => {
    expect(news('Christmas is a hard time for many families.', '2026-12-03')).toEqual([
      ['Christmas', '2025-12-25'],
    ]);
    expect(feastRunUp('Christmas carols are sung here', 0, 9)).toBe(false);
  });
});
