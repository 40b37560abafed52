import { format, nextMonday, previousFriday, previousMonday, previousTuesday } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const valueOf = (text: string, phrase: string, published: string) => {
  const at = text.indexOf(phrase);
  const overlapping = (m: { start: number; end: number }) =>
    m.start < at + phrase.length && m.end > at;
  return [findMentions, findTimemlMentions].map(
    (find) => find(text, { published, locale: 'en-US' }).find(overlapping)?.value,
  );
};
const day = (date: Date) => format(date, 'yyyy-MM-dd');

describe('a plural\'s bare verb before "it" or "them" and the day', () => {
  it('reads "Crews closed the road Friday, and workers reopen it Monday", said on Wednesday 15 December 1993, as the coming Monday', () => {
    const published = '1993-12-15';
    const text = 'Crews closed the road Friday, and workers reopen it Monday.';
    const monday = day(nextMonday(toLocalDate(published)));
    expect(valueOf(text, 'Monday', published)).toEqual([monday, monday]);
    expect(valueOf(text, 'Friday', published)[0]).toBe(day(previousFriday(toLocalDate(published))));
  });

  it('keeps "Workers reopened it Monday" and "Workers did not reopen it Monday" gone by', () => {
    const published = '1993-12-15';
    const monday = day(previousMonday(toLocalDate(published)));
    expect(valueOf('Workers reopened it Monday.', 'Monday', published)[0]).toBe(monday);
    expect(valueOf('Workers did not reopen it Monday.', 'Monday', published)[0]).toBe(monday);
  });

  it('keeps "A locksmith helped police open it Monday", said on Wednesday 8 March 1995, and "Neighbors watched firefighters open it Tuesday" gone by', () => {
    const published = '1995-03-08';
    const monday = day(previousMonday(toLocalDate(published)));
    const text = 'A locksmith helped police open it Monday, and they found the cash inside.';
    expect(valueOf(text, 'Monday', published)).toEqual([monday, monday]);
    const watched = 'Neighbors watched firefighters open it Tuesday after the blaze.';
    const tuesday = day(previousTuesday(toLocalDate('1998-02-26')));
    expect(valueOf(watched, 'Tuesday', '1998-02-26')).toEqual([tuesday, tuesday]);
  });
});
