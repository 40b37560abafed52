import { describe, expect, it } from 'vitest';
import { addDays, format, parseISO } from 'date-fns';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const on = (published: string) => ({ published, locale: 'en-US' }) as const;
const both = (text: string, published: string) => [
  findMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
  findTimemlMentions(text, on(published)).map((m) => `${m.text} = ${m.value}`),
];
const day = (published: string, days: number) =>
  format(addDays(parseISO(published), days), 'yyyy-MM-dd');

describe('a place’s hours told with only their day', () => {
  it('reads "The mountain road closed from noon to three yesterday", said on 9 February 1998, as noon and three the day before', () => {
    const gone = day('1998-02-09', -1);
    const [news, timeml] = both(
      'The mountain road closed from noon to three yesterday.',
      '1998-02-09',
    );
    for (const found of [news, timeml])
      expect(found).toEqual([
        `noon = ${gone}T12:00`,
        `three = ${gone}T15:00`,
        `yesterday = ${gone}`,
      ]);
  });

  it('reads "Red Cross shelters opened from nine to five on Saturday", said on Monday 30 March 1998, on the Saturday gone by', () => {
    const saturday = day('1998-03-30', -2);
    const [news, timeml] = both(
      'Red Cross shelters opened from nine to five on Saturday.',
      '1998-03-30',
    );
    expect(news!.slice(0, 2)).toEqual([`nine = ${saturday}T09:00`, `five = ${saturday}T17:00`]);
    expect(timeml).toEqual([
      `nine = ${saturday}T09:00`,
      `five = ${saturday}T17:00`,
      `Saturday = ${saturday}`,
    ]);
  });

  it('reads "will be open from nine to five on Saturday", said on Wednesday 25 March 1998, on the coming Saturday', () => {
    const saturday = day('1998-03-25', 3);
    const [, timeml] = both(
      'The shelters will be open from nine to five on Saturday.',
      '1998-03-25',
    );
    expect(timeml).toEqual([
      `nine = ${saturday}T09:00`,
      `five = ${saturday}T17:00`,
      `Saturday = ${saturday}`,
    ]);
  });

  it('reads "closed from eight to noon Tuesday", said on 4 March 1998, keeping the Tuesday apart from noon', () => {
    const tuesday = day('1998-03-04', -1);
    const [news, timeml] = both('The embassy was closed from eight to noon Tuesday.', '1998-03-04');
    for (const found of [news, timeml])
      expect(found).toEqual([
        `eight = ${tuesday}T08:00`,
        `noon = ${tuesday}T12:00`,
        `Tuesday = ${tuesday}`,
      ]);
  });

  it('reads "closed from ten to two today" as ten in the morning and two in the afternoon', () => {
    const [, timeml] = both('The ski jump was closed from ten to two today.', '1998-02-13');
    expect(timeml).toEqual([
      'ten = 1998-02-13T10:00',
      'two = 1998-02-13T14:00',
      'today = 1998-02-13',
    ]);
  });

  it.each([
    ['Oil futures closed from two to five cents higher yesterday.', '1998-03-05'],
    ['The dollar opened from one twenty to one twenty-five today.', '1998-02-13'],
    ['The Dow closed from nine to five today.', '1998-02-13'],
    ['Turnout rose from nine to five on Saturday.', '1998-03-30'],
    ["Georgetown's lead closed from nine to five on Saturday.", '1998-02-09'],
    ['The Republican deficit in the poll closed from eight to three yesterday.', '1998-03-10'],
    [
      "Detroit's lead closed from eleven to seven on Sunday, and the Red Wings held on.",
      '1998-02-16',
    ],
    [
      "The Little League's youngest division opened from six to nine on Saturday, taking children of those ages.",
      '1998-03-19',
    ],
  ])('reads no clock in "%s" (a level or a count)', (text, published) => {
    for (const found of both(text, published))
      expect(found.filter((m) => /T\d\d:/.test(m))).toEqual([]);
  });
});
