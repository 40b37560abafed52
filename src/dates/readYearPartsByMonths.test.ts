import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const APRIL = '2025-04-17';

/** `text`'s news-reading mentions as "words = value". */
function values(text: string, published = APRIL): string[] {
  return findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`);
}

describe('a quarter or a half named by its months', () => {
  it('reads "the first three months of the year", said in April, as the first quarter', () => {
    expect(values('Sales in the first three months of the year rose 4%.')).toEqual([
      'the first three months of the year = 2025-Q1',
    ]);
  });

  it('reads "the final three months of last year" and "the last six months of 2024"', () => {
    expect(
      values('Netflix added 19 million subscribers in the final three months of last year.'),
    ).toEqual(['the final three months of last year = 2024-Q4']);
    expect(values('Profit rose in the last six months of 2024.')).toEqual([
      'the last six months of 2024 = 2024-H2',
    ]);
  });

  it('reads "the year" by the tense, or by a year its sentence names before', () => {
    expect(values('Sales rose 3% in the final three months of the year.', '2025-01-29')).toEqual([
      'the final three months of the year = 2024-Q4',
    ]);
    expect(values('In 2019, sales in the first three months of the year fell.')).toEqual([
      '2019 = 2019',
      'the first three months of the year = 2019-Q1',
    ]);
  });

  it('does not take a year that is a modifier, or a year counted from an event, for the year', () => {
    expect(
      values(
        'Acme, which has a 2030 net-zero target, cut emissions 5% in the first three months of the year.',
      ),
    ).toContain('the first three months of the year = 2025-Q1');
    expect(
      values('Insiders may not sell shares in the first six months of the year after the listing.'),
    ).not.toContain('the first six months of the year = 2025-H1');
  });

  it('keeps TimeBank’s length and year apart in TimeML mode', () => {
    expect(
      findTimemlMentions('Sales fell in the first three months of 2024.', {
        published: APRIL,
        locale: 'en-US',
      }).map((m) => `${m.text} = ${m.value}`),
    ).toEqual(['the first three months = P3M', '2024 = 2024']);
  });

  it('does not read nine months, or "the second three months", as a quarter', () => {
    expect(values('Sales rose in the first nine months of the year.')).toEqual([
      'nine months = P9M',
      'the year = 2025',
    ]);
    expect(values('Sales rose in the second three months of 2024.')).not.toContain(
      'the second three months of 2024 = 2024-Q2',
    );
  });
});
