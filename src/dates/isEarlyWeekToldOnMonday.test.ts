import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isEarlyWeekToldOnMonday } from './isEarlyWeekToldOnMonday.ts';

const values = (text: string, published: string) => [
  ...findMentions(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  ...findTimemlMentions(text, { published, locale: 'en-US' }).map(
    (m) => `timeml: ${m.text} = ${m.value}`,
  ),
];

describe('"early in the week" told in the past on a Monday', () => {
  it('reads "Gold prices slipped early in the week but recovered late in the week", said on Monday 12 February 1990, as 1990-W06 twice', () => {
    expect(
      values('Gold prices slipped early in the week but recovered late in the week.', '1990-02-12'),
    ).toEqual([
      'early in the week = 1990-W06',
      'late in the week = 1990-W06',
      'timeml: early in the week = 1990-W06',
      'timeml: late in the week = 1990-W06',
    ]);
  });

  it('reads "rose late in the week, extending gains from early in the week", said on Monday 13 November 1989, as 1989-W45', () => {
    const text =
      'Treasury bond prices rose late in the week, extending gains from early in the week.';
    expect(values(text, '1989-11-13')).toContain('early in the week = 1989-W45');
  });

  it('leaves it the week under way said on a Thursday, told ahead, or after a present', () => {
    expect(values('Bond prices rose early in the week.', '1989-11-16')).toContain(
      'early in the week = 1989-W46',
    );
    expect(values('Bond prices will rise early in the week.', '1989-11-13')).toContain(
      'early in the week = 1989-W46',
    );
    expect(
      isEarlyWeekToldOnMonday(
        'early in the week',
        'present',
        '1989-11-13',
        'Analysts see gains late in the week, extending gains from ',
      ),
    ).toBe(false);
  });

  it('leaves "Traders said they expected prices to rise early in the week", said on Monday 12 February 1990, the week under way, 1990-W07', () => {
    expect(
      values('Traders said they expected prices to rise early in the week.', '1990-02-12'),
    ).toEqual(['early in the week = 1990-W07', 'timeml: early in the week = 1990-W07']);
  });

  it('leaves "Stocks rallied on Friday, setting the stage for gains early in the week", said on Monday 13 November 1989, the week under way, 1989-W46', () => {
    expect(
      values(
        'Stocks rallied on Friday, setting the stage for gains early in the week.',
        '1989-11-13',
      ),
    ).toContain('early in the week = 1989-W46');
  });

  it('keeps "Bond prices are steady after the Fed, holding gains from early in the week", said on Monday 13 November 1989, in the week under way, 1989-W46: "the Fed" is no past', () => {
    expect(
      values(
        'Bond prices are steady after the Fed, holding gains from early in the week.',
        '1989-11-13',
      ),
    ).toContain('timeml: early in the week = 1989-W46');
  });
});
