import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

type Found = { text: string; value: string }[];
const pairs = (found: Found) => found.map((m) => [m.text, m.value]);
const both = (text: string, published: string) => {
  const news = pairs(findMentions(text, { published, locale: 'en-GB' }));
  const timeml = pairs(findTimemlMentions(text, { published, locale: 'en-GB' }));
  return { news, timeml };
};

describe('the period a figure or a firm ended', () => {
  it.each([
    [
      'House prices ended the year 2% higher, the Nationwide said.',
      '2027-01-12',
      'the year',
      '2026',
    ],
    [
      'The company ended the quarter with $3 billion in cash.',
      '2026-04-03',
      'the quarter',
      '2026-Q1',
    ],
    ['The S&P 500 ended the week down 1.8%.', '2026-03-16', 'the week', '2026-W11'],
    ['The FTSE 100 ended the month 3% up.', '2026-02-02', 'the month', '2026-01'],
    ['Oil closed the quarter sharply lower.', '2026-10-02', 'the quarter', '2026-Q3'],
    ['The team finished the year with five wins in a row.', '2026-01-09', 'the year', '2025'],
  ])('reads %j, said on %s, as the period gone by', (text, published, words, value) => {
    const { news, timeml } = both(text, published);
    expect(news).toContainEqual([words, value]);
    expect(timeml).toContainEqual([words, value]);
  });

  it('reads "Stocks ended the week higher", said on a Friday, as that week', () => {
    const { news, timeml } = both('Stocks ended the week higher.', '2026-03-13');
    expect(news).toContainEqual(['the week', '2026-W11']);
    expect(timeml).toContainEqual(['the week', '2026-W11']);
  });

  it('reads "House prices ended the year 2% higher, Nationwide forecast", said on 9 December, as that year', () => {
    const { news, timeml } = both(
      'House prices ended the year 2% higher, Nationwide forecast.',
      '2025-12-09',
    );
    expect(news).toContainEqual(['the year', '2025']);
    expect(timeml).toContainEqual(['the year', '2025']);
  });

  it('reads "The Dow ended the year up 11%", said on 31 December, as that year', () => {
    const { news } = both('The Dow ended the year up 11%.', '2026-12-31');
    expect(news).toContainEqual(['the year', '2026']);
  });

  it('leaves "In 1989 the Dow ended the year up 27%" to the year named before it', () => {
    const { news, timeml } = both('In 1989 the Dow ended the year up 27%.', '2026-03-13');
    expect(news).not.toContainEqual(['the year', '2025']);
    expect(timeml).not.toContainEqual(['the year', '2025']);
  });

  // Said on 10 March 2026, each would be read 2025 but for its guard: a decade named before it, a
  // word of habit, a count of years.
  it.each([
    'In the 1990s the firm ended the year in profit.',
    'The firm regularly ended the year in profit, its founder said.',
    'Stocks have ended the year higher in eight of the last ten years.',
  ])('leaves %j, a habit or a decade’s story, unread', (text) => {
    const { news, timeml } = both(text, '2026-03-10');
    expect(news).not.toContainEqual(['the year', '2025']);
    expect(timeml).not.toContainEqual(['the year', '2025']);
  });

  // Said on 12 March 2026, each would be read 2025 but for its guard: a clause after it, a year
  // named in the sentence before.
  it.each([
    ['The museum closed the year it opened, after a flood.', 'the year', '2025'],
    ['The war ended the year he was born.', 'the year', '2025'],
    ['The firm was founded in 1998. It ended the year with 12 staff.', 'the year', '2025'],
  ])('does not read the period in %j as the one gone by', (text, words, value) => {
    const { news, timeml } = both(text, '2026-03-12');
    expect(news.filter(([w]) => w!.startsWith(words)).map(([, v]) => v)).not.toContain(value);
    expect(timeml.filter(([w]) => w!.startsWith(words)).map(([, v]) => v)).not.toContain(value);
  });

  // Said on Friday 13 March 2026, the rule would read these 2025, 2026-W11 and 2025-Q4.
  it.each([
    ['The ceasefire ended the week of shelling.', 'the week', '2026-W11'],
    ['Trade ended the year 2025 with a surplus.', 'the year', '2025'],
    ['The firm closed the year ended June 30 with a loss.', 'the year', '2025'],
    ['The group closed the year ending March 31 in profit.', 'the year', '2025'],
    ['The vote ended the year’s longest session.', 'the year', '2025'],
    ['The bank ended the quarter to June with a loss.', 'the quarter', '2025-Q4'],
  ])('does not read %j as the period gone by', (text, words, value) => {
    const { news, timeml } = both(text, '2026-03-13');
    expect(news).not.toContainEqual([words, value]);
    expect(timeml).not.toContainEqual([words, value]);
  });
});
