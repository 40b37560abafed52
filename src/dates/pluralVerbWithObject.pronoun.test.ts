import { format, nextMonday, previousFriday, previousMonday } from 'date-fns';
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
});
