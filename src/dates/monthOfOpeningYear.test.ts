import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { monthOfOpeningYear } from './monthOfOpeningYear.ts';

const october = { published: '1989-10-30', locale: 'en-US' } as const;
const both = (text: string): string[][] => [
  findMentions(text, october).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, october).map((m) => `${m.text} = ${m.value}`),
];

describe('a month in a sentence opened by a year gone by', () => {
  it('reads "In 1987, the December contract traded as high as $500 an ounce", said on 30 October 1989, as 1987-12', () => {
    for (const mentions of both('In 1987, the December contract traded as high as $500 an ounce.'))
      expect(mentions).toEqual(['1987 = 1987', 'December = 1987-12']);
  });

  it('reads "In 1986, the March contract for soybeans never rose above $5", said on 30 October 1989, as 1986-03', () => {
    for (const mentions of both('In 1986, the March contract for soybeans never rose above $5.'))
      expect(mentions).toContain('March = 1986-03');
  });

  it('does not take the opening year for a month in a later clause that looks ahead, in the next sentence, or after a year to come', () => {
    expect(both('In 1987, the plant closed, but it will reopen in March.')[1]).toContain(
      'March = 1990-03',
    );
    expect(both('In 1988, profit rose 5%. In March, sales fell.')[0]).toContain('March = 1989-03');
    expect(both('The December contract for gold settled at $377.80.')[0]).toEqual([
      'December = 1989-12',
    ]);
    expect(monthOfOpeningYear('In 1990, the March contract will trade.', 13, 3, '1989-10-30')).toBe(
      undefined,
    );
  });

  it('reads the month of a later clause joined by "and", "but" or a semicolon from publication ("In 1988, the stock rose 20%, and it is up another 10% since January", said on 30 October 1989, is 1989-01)', () => {
    expect(
      both('In 1988, the stock rose 20%, and it is up another 10% since January.')[0],
    ).toContain('January = 1989-01');
    expect(
      both('In 1988, the company was profitable, but it has lost $3 million since June.')[1],
    ).toContain('June = 1989-06');
    expect(
      both('In 1988, sales totaled $2 billion, and analysts expect another gain in December.')[0],
    ).toContain('December = 1989-12');
    expect(
      monthOfOpeningYear(
        'In 1988, profit rose; it expects results in February.',
        44,
        2,
        '1989-10-30',
      ),
    ).toBe(undefined);
  });
});
