import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { invertedConditionMonthTense } from './invertedConditionMonthTense.ts';

const read = (text: string, published: string, phrase: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, { published, locale: 'en-GB' }).find((m) => m.text === phrase)?.value,
  );

describe('a month in a condition told by inversion', () => {
  it.each([
    [
      'Were the treaty ratified in June, troops would leave by the autumn.',
      '2026-04-15',
      'June',
      '2026-06',
    ],
    [
      'Should the court rule in June, the law could take effect before the election.',
      '2026-10-21',
      'June',
      '2027-06',
    ],
    [
      'Should the strike go ahead in May, exams would be disrupted.',
      '2026-08-05',
      'May',
      '2027-05',
    ],
  ])('reads "%s", said on %s, as the coming month', (text, published, phrase, value) => {
    expect(read(text, published, phrase)).toEqual([value, value]);
  });

  it.each([
    [
      'Had the vote been held in April, the measure would have passed.',
      '1990-02-14',
      'April',
      '1989-04',
    ],
    [
      'Had the election been called in March, Labour would have won.',
      '2026-06-17',
      'March',
      '2026-03',
    ],
    [
      'Had the storm hit in August, the damage would have been far worse.',
      '2026-01-14',
      'August',
      '2025-08',
    ],
  ])('reads "%s", said on %s, as the month gone by', (text, published, phrase, value) => {
    expect(read(text, published, phrase)).toEqual([value, value]);
  });

  it('leaves a question and "were it not for" alone', () => {
    expect(invertedConditionMonthTense('Were sales higher in ', '?', 5, '2026-07-15', 'past')).toBe(
      'past',
    );
    expect(
      invertedConditionMonthTense(
        'Were it not for the ',
        ' slide, it would be higher.',
        10,
        '1989-11-08',
        'future',
      ),
    ).toBe('future');
  });

  it('reads "Should the slide that began in October resume, stocks could fall further", said on 15 November 1989, as the October gone by, 1989-10', () => {
    const text = 'Should the slide that began in October resume, stocks could fall further.';
    expect(read(text, '1989-11-15', 'October')).toEqual(['1989-10', '1989-10']);
  });
  it('reads "Were the losses of October repeated, the fund would close", said on 15 November 1989, as the October gone by, 1989-10 (post-merge)', () => {
    // A month after "of" owns a thing ("the losses of October"), not the condition's time.
    const text = 'Were the losses of October repeated, the fund would close.';
    expect(read(text, '1989-11-15', 'October')).toEqual(['1989-10', '1989-10']);
    expect(
      read("Were October's losses repeated, the fund would close.", '1989-11-15', 'October'),
    ).toEqual(['1989-10', '1989-10']);
  });

  it('still reads "Should the rally last until the end of March, the fund could double", said on 15 November 1989, as the coming March, 1990-03', () => {
    const text = 'Should the rally last until the end of March, the fund could double.';
    expect(read(text, '1989-11-15', 'the end of March')).toEqual(['1990-03', '1990-03']);
  });
  it('reads "Were the results of the March vote upheld, the party would govern", said on 15 April 2026, as the March gone by, 2026-03 (post-merge)', () => {
    const text = 'Were the results of the March vote upheld, the party would govern.';
    expect(read(text, '2026-04-15', 'March')).toEqual(['2026-03', '2026-03']);
    const guard = 'Should the strike last until the end of the May session, schools could close.';
    expect(read(guard, '2026-04-15', 'May')).toEqual(['2026-05', '2026-05']);
  });
});
