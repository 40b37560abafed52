import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = { published: '1989-11-07', locale: 'en-US' as const };

const news = (text: string, phrase: string) =>
  findMentions(text, options).find((m) => m.text.includes(phrase))?.value;
const timeml = (text: string, phrase: string) =>
  findTimemlMentions(text, options).find((m) => m.text.includes(phrase))?.value;

describe('readPartOfNamedYear', () => {
  it('reads "the second half" after "the first half of 1990" as 1990-H2', () => {
    const text =
      'Economists expect the economy to slow in the first half of 1990 before recovering in the second half.';
    for (const read of [news, timeml]) {
      expect(read(text, 'the first half of 1990')).toBe('1990-H1');
      expect(read(text, 'the second half')).toBe('1990-H2');
    }
  });

  it('reads "the fourth quarter" after "the third quarter of 1990" as 1990-Q4', () => {
    const text =
      'Profit is expected to fall in the third quarter of 1990 and recover in the fourth quarter.';
    for (const read of [news, timeml]) expect(read(text, 'the fourth quarter')).toBe('1990-Q4');
  });

  it("reads a half after one of a fiscal year or of next year as that year's", () => {
    const fiscal =
      'Sales fell in the first half of fiscal 1991 but should rise in the second half.';
    const next =
      'Analysts see weak results in the first half of next year and a rebound in the second half.';
    for (const read of [news, timeml]) {
      expect(read(fiscal, 'the second half')).toBe('1991-H2');
      expect(read(next, 'the second half')).toBe('1990-H2');
    }
  });

  it('reads "second-half profit" in the sentence after "the first half of 1990" as 1990-H2', () => {
    const text =
      'Revenue in the first half of 1990 rose 8%. The company expects second-half profit to be flat.';
    for (const read of [news, timeml]) expect(read(text, 'second-half')).toBe('1990-H2');
  });

  it('leaves "the first quarter" after "the fourth quarter of 1989" to its tense (1990-Q1)', () => {
    const text =
      'Sales in the fourth quarter of 1989 rose 5%, and the company expects the first quarter to be weaker.';
    for (const read of [news, timeml]) expect(read(text, 'the first quarter')).toBe('1990-Q1');
  });

  it('does not take the year of a half when it is compared with a year back or another year is named between', () => {
    const back = 'Profit in the first half of 1990 rose from the second half of 1989.';
    const between =
      'The plant opens in the first half of 1991; sales in 1990 will slow in the second half.';
    for (const read of [news, timeml]) {
      expect(read(back, 'the second half')).toBe('1989-H2');
      expect(read(between, 'the second half')).not.toBe('1991-H2');
    }
  });

  it("does not fire on a game's half in a sentence of a match", () => {
    const text =
      'The club, bought in the first half of 1990, scored twice in the second half of the game.';
    expect(news(text, 'second half')).toBeUndefined();
    expect(timeml(text, 'second half')).toBeUndefined();
  });

  it('leaves a part told ahead after a part of a year gone by to its tense', () => {
    const text =
      'Profit in the second quarter of 1988 rose sharply, but the company said the fourth quarter would be weaker than expected.';
    const expects =
      'Profit in the second quarter of 1988 rose sharply, but the company expects the fourth quarter to be weaker.';
    const told = 'Earnings in the first half of 1988 were strong, but the second half was weak.';
    for (const read of [news, timeml]) {
      expect(read(text, 'the fourth quarter')).toBe('1989-Q4');
      expect(read(expects, 'the fourth quarter')).toBe('1989-Q4');
      expect(read(told, 'the second half')).toBe('1988-H2');
    }
  });
  it('leaves "the second half last year" after "the first half of 1990" to its year back', () => {
    const text = 'Sales in the first half of 1990 are expected to beat the second half last year.';
    const said = { published: '1990-05-10', locale: 'en-US' as const };
    for (const find of [findMentions, findTimemlMentions]) {
      const half = find(text, said).find((m) => m.text === 'the second half');
      expect(half?.value).toBe('1989-H2');
    }
  });

  it('does not take the year for a half in a sentence of a match, with no "of the game" after it', () => {
    const text =
      'The club, bought by the brewer in the first half of 1989, scored twice in the second half to win the cup.';
    expect(news(text, 'second half')).toBeUndefined();
    expect(timeml(text, 'second half')).toBeUndefined();
  });

  it('does not read "the first half hour" after "the first half of 1989" as a half of the year', () => {
    const text =
      'Trading was heavy in the first half of 1989, and the market fell sharply in the first half hour on Monday.';
    for (const find of [findMentions, findTimemlMentions]) {
      expect(find(text, options).filter((m) => m.text.includes('first half'))).toHaveLength(1);
    }
  });
});

describe('a half or quarter told as a habit or as it is now after one of a year gone by', () => {
  it.each([
    'Analysts had expected 80 cents a share, compared with 75 cents in the third quarter of 1988. In the fourth quarter, profits usually rise.',
    "Profit fell from the third quarter of 1988. The fourth quarter is traditionally the company's strongest.",
  ])('reads "%s", said on 25 October 1989, as the fourth quarter of 1989', (text) => {
    for (const find of [findMentions, findTimemlMentions]) {
      const read = find(text, { published: '1989-10-25', locale: 'en-US' }).map((m) => m.value);
      expect(read).toContain('1989-Q4');
      expect(read).not.toContain('1988-Q4');
    }
  });

  it('still reads "the second half was weak" after "the first half of 1988" as 1988-H2', () => {
    const text = 'Profit in the first half of 1988 was strong, but the second half was weak.';
    const read = findTimemlMentions(text, { published: '1989-10-25', locale: 'en-US' });
    expect(read.map((m) => m.value)).toContain('1988-H2');
  });
});
