import { nextFriday, nextThursday, previousFriday } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toCalendarDate, toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';

const read = (text: string, published: string) =>
  findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value] as const);
// A Sunday.
const SEP_6_1998 = '1998-09-06';
const fridayGone = toCalendarDate(previousFriday(toLocalDate(SEP_6_1998)));
const fridayAhead = toCalendarDate(nextFriday(toLocalDate(SEP_6_1998)));

describe('a deadline beaten by sitting in session', () => {
  it('reads "Senators stayed in session all night to beat the president\'s Friday deadline", said on Sunday 6 September 1998, as the Friday gone by', () => {
    expect(
      read(
        'Senators stayed in session all night to beat the president’s Friday deadline.',
        SEP_6_1998,
      ),
    ).toContainEqual(['Friday', fridayGone]);
    expect(
      read(
        "Legislators remained in session past midnight to beat the governor's Friday deadline.",
        SEP_6_1998,
      ),
    ).toContainEqual(['Friday', fridayGone]);
  });

  it('reads "Senators hope to stay in session long enough to beat a Thursday deadline", said on a Sunday, as the coming Thursday', () => {
    const published = SEP_6_1998;
    expect(
      read('Senators hope to stay in session long enough to beat a Thursday deadline.', published),
    ).toContainEqual(['Thursday', toCalendarDate(nextThursday(toLocalDate(published)))]);
  });

  it('still reads "will stay in session all week to beat the governor\'s Friday deadline" as the coming Friday', () => {
    expect(
      read(
        "Lawmakers will stay in session all week to beat the governor's Friday deadline.",
        SEP_6_1998,
      ),
    ).toContainEqual(['Friday', fridayAhead]);
    expect(read('Negotiators hope to beat the Friday deadline.', SEP_6_1998)).toContainEqual([
      'Friday',
      fridayAhead,
    ]);
  });
});
