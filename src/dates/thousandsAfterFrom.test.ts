import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { THOUSANDS_AFTER_FROM } from './thousandsAfterFrom.ts';

// A Wednesday.
const AUG_18_1999 = { published: '1999-08-18', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, AUG_18_1999).map((m) => [m.text, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, AUG_18_1999).map((m) => [m.text, m.value] as const);

describe('a figure grouped in thousands after "from", a count', () => {
  it('reads "The death toll rose to 4,000 on Wednesday from 2,000 the previous day", said on 18 August 1999, as 1999-08-18', () => {
    const text = 'The death toll rose to 4,000 on Wednesday from 2,000 the previous day.';
    expect(news(text)).toEqual([
      ['on Wednesday', '1999-08-18'],
      ['the previous day', '1999-08-17'],
    ]);
    expect(timeml(text)).toEqual([
      ['Wednesday', '1999-08-18'],
      ['the previous day', '1999-08-17'],
    ]);
  });

  it('reads "Prices climbed Friday from 1,200 yen", said on 18 August 1999, as 1999-08-13', () => {
    expect(timeml('Prices climbed Friday from 1,200 yen.')).toEqual([['Friday', '1999-08-13']]);
  });

  it('still reads "from 2 p.m. Wednesday" as a clock, and "2,000 years ago" as a time gone by', () => {
    expect(timeml('The curfew runs from 2 p.m. Wednesday.')).toEqual([
      ['2 p.m. Wednesday', '1999-08-18T14:00'],
    ]);
    expect(timeml('Rome ruled the city about 2,000 years ago.').map(([, value]) => value)).toEqual([
      'PAST_REF',
    ]);
  });

  it('blanks a whole figure in thousands after "from" only', () => {
    expect('rose Wednesday from 2,000 to 4,000'.match(THOUSANDS_AFTER_FROM)).toEqual(['2,000']);
    expect('from 7,020.13 on Wednesday'.match(THOUSANDS_AFTER_FROM)).toBeNull();
    expect('from 2 on Wednesday'.match(THOUSANDS_AFTER_FROM)).toBeNull();
  });
});
