import { describe, expect, it } from 'vitest';
import { BLACK_NAMED_DAY } from './blackNamedDay.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Friday.
const OCT_13_2000 = { published: '2000-10-13', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, OCT_13_2000).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, OCT_13_2000).map((m) => [m.text, m.value] as const);

describe('a weekday or a month after "Black", a name', () => {
  it('reads nothing in "Jordan expelled Palestinian guerrillas in what became known as Black September", said on 13 October 2000', () => {
    const text = 'Jordan expelled Palestinian guerrillas in what became known as Black September.';
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it('reads only 1972 in "The Black September group killed 11 Israeli athletes at the 1972 Munich Olympics"', () => {
    const text =
      'The Black September group killed 11 Israeli athletes at the 1972 Munich Olympics.';
    expect(timeml(text)).toEqual([['1972', '1972']]);
  });

  it('reads "Investors still remember Black Monday", said on 13 October 2000, as the crash of 1987, no Monday of that week', () => {
    expect(timeml('Investors still remember Black Monday.')).toEqual([
      ['Black Monday', '1987-10-19'],
    ]);
  });

  it('still reads "in September", "Black Friday" and a name before "Black"', () => {
    expect(timeml('Jordan crushed the guerrillas in September 1970.')).toEqual([
      ['September 1970', '1970-09'],
    ]);
    expect(timeml('Retailers expect record sales on Black Friday.')).toEqual([
      ['Black Friday', '2000-11-24'],
    ]);
    expect('Conrad Black Monday'.match(BLACK_NAMED_DAY)).toBeNull();
    expect('The Black September group'.match(BLACK_NAMED_DAY)).toEqual(['September']);
    expect('a black Monday for the markets'.match(BLACK_NAMED_DAY)).toBeNull();
  });
  it('reads "Shareholders sued Black Tuesday, accusing him of looting the company", said on 13 October 2000, as 2000-10-10', () => {
    expect(timeml('Shareholders sued Black Tuesday, accusing him of looting the company.')).toEqual(
      [['Tuesday', '2000-10-10']],
    );
    expect(news('The judge told Black Monday that he could not leave the country.')).toEqual([
      ['Monday', '2000-10-09'],
    ]);
    expect(timeml('Stocks fell 20 percent two years after Black Monday.')).toEqual([
      ['two years', 'P2Y'],
      ['Black Monday', '1987-10-19'],
    ]);
    expect(news("Wall Street's Black Monday wiped out billions.")).toEqual([
      ['Black Monday', '1987-10-19'],
    ]);
    expect(news('Black Monday wiped out billions. Black September followed.')).toEqual([
      ['Black Monday', '1987-10-19'],
    ]);
  });
});
