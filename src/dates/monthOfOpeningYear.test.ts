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

describe('a month in a sentence opened by a count of years ago', () => {
  const february = { published: '2000-02-02', locale: 'en-US' } as const;
  const read = (text: string): string[][] => [
    findMentions(text, february).map((m) => `${m.text} = ${m.value}`),
    findTimemlMentions(text, february).map((m) => `${m.text} = ${m.value}`),
  ];

  it('reads "Four years ago, a jury in the same courtroom acquitted his brother in April", said on 2 February 2000, as 1996-04', () => {
    for (const mentions of read(
      'Four years ago, a jury in the same courtroom acquitted his brother in April.',
    ))
      expect(mentions).toEqual(['Four years ago = 1996', 'April = 1996-04']);
  });

  it('reads "Four years ago, Pat Buchanan won the state in February", said on 2 February 2000, as 1996-02', () => {
    for (const mentions of read('Four years ago, Pat Buchanan won the state in February.'))
      expect(mentions).toContain('February = 1996-02');
  });

  it('reads "2 years ago, the team won the title in May", said on 2 February 2000, as 1998-05', () => {
    for (const mentions of read('2 years ago, the team won the title in May.'))
      expect(mentions).toContain('May = 1998-05');
  });

  it('keeps "Four years ago, the plant closed, but it will reopen in March", said on 2 February 2000, as 2000-03', () => {
    for (const mentions of read('Four years ago, the plant closed, but it will reopen in March.'))
      expect(mentions).toContain('March = 2000-03');
  });

  it('keeps "Many years ago, he lived in Paris in May", said on 2 February 2000, as 1999-05 (no count)', () => {
    for (const mentions of read('Many years ago, he lived in Paris in May.'))
      expect(mentions).toContain('May = 1999-05');
  });

  it('keeps "Four years ago this month, the plant closed in March", said on 2 February 2000, as 1999-03 (no comma after ago)', () => {
    for (const mentions of read('Four years ago this month, the plant closed in March.'))
      expect(mentions).toContain('March = 1999-03');
  });
});
