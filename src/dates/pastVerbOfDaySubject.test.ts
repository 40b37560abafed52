import { addDays } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toCalendarDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { pastVerbOfDaySubject } from './pastVerbOfDaySubject.ts';

const valueOf = (found: { text: string; value: string }[], words: string) =>
  found.find((f) => f.text === words)?.value;

describe('pastVerbOfDaySubject: a crowd counted by trade or by name', () => {
  it.each([
    ['The Mass on Dec. 24 drew thousands of Catholics to the cathedral.', 'Dec. 24', 11, 24],
    ['The march on Jan. 14 drew thousands of miners to Bucharest.', 'Jan. 14', 0, 14],
    ['The rally on Sept. 14 drew hundreds of teachers to the statehouse.', 'Sept. 14', 8, 14],
    [
      'The procession on April 30 drew tens of thousands of Muslims to the mosque.',
      'April 30',
      3,
      30,
    ],
    [
      'The concert on July 4 drew hundreds of thousands of New Yorkers to the park.',
      'July 4',
      6,
      4,
    ],
  ] as const)(
    'reads %j, said four days before the day, as last year’s in both readings',
    (text, words, month, day) => {
      const published = toCalendarDate(addDays(new Date(2000, month, day), -4));
      const lastYear = toCalendarDate(new Date(1999, month, day));
      expect(valueOf(findMentions(text, { published, locale: 'en-US' }), words)).toBe(lastYear);
      expect(valueOf(findTimemlMentions(text, { published, locale: 'en-US' }), words)).toBe(
        lastYear,
      );
    },
  );

  it.each([
    'The parade on July 4 drew thousands of complaints from neighbors.',
    'The concert on July 4 drew hundreds of inquiries from travel agents.',
    'The Mass on July 4 is expected to draw thousands of Catholics to the square.',
    'The parade on July 4 drew thousands of Americans’ complaints.',
    'The bazaar on July 4 drew hundreds of Christmas orders from local businesses.',
    'The fair on July 4 drew 200 Texas exhibitors.',
    'The charity auction on July 4 drew 300 Beanie Babies from donors.',
    'The charity auction on July 4 drew thousands of Beanie Babies from donors.',
    'The toy fair on July 4 drew thousands of Furbies from collectors.',
  ])('still reads %j, said on 25 June 2000, as the coming July 4', (text) => {
    const coming = toCalendarDate(new Date(2000, 6, 4));
    expect(
      valueOf(findMentions(text, { published: '2000-06-25', locale: 'en-US' }), 'July 4'),
    ).toBe(coming);
  });

  it('tells a crowd of Serbs from a count of complaints', () => {
    const counted = (text: string) => {
      const start = text.indexOf('Nov. 24');
      return pastVerbOfDaySubject(text, start, start + 'Nov. 24'.length);
    };
    expect(counted('The vigil on Nov. 24 drew thousands of Serbs to the monastery.')).toBe(true);
    expect(counted('The vigil on Nov. 24 drew thousands of letters.')).toBe(false);
    expect(counted('The vigil on Nov. 24 drew thousands of Serbs across the border.')).toBe(true);
    expect(counted('The sale on Nov. 24 drew thousands of Beanie Babies.')).toBe(false);
    expect(counted('The parade on Nov. 24 drew thousands of New Yorkers.')).toBe(true);
  });
});
