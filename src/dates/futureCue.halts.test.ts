import { format, nextSaturday, previousMonday, previousSaturday } from 'date-fns';
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

describe('a stop told in the present before its weekday', () => {
  it('reads "The plant halts production Saturday until 7 a.m. Monday, a spokesman said", said on Wednesday 13 June 1990, as the coming Saturday', () => {
    const published = '1990-06-13';
    const text = 'The plant halts production Saturday until 7 a.m. Monday, a spokesman said.';
    const saturday = day(nextSaturday(toLocalDate(published)));
    expect(valueOf(text, 'Saturday', published)).toEqual([saturday, saturday]);
  });

  it('reads "The airline suspends flights to Belgrade Saturday" as the coming Saturday', () => {
    const published = '1999-04-21';
    expect(
      valueOf('The airline suspends flights to Belgrade Saturday.', 'Saturday', published)[0],
    ).toBe(day(nextSaturday(toLocalDate(published))));
  });

  it('keeps "The plant halted production Saturday" and "Regulators imposed trading halts on Monday" gone by', () => {
    const published = '1990-06-13';
    expect(
      valueOf('The plant halted production Saturday, a spokesman said.', 'Saturday', published)[0],
    ).toBe(day(previousSaturday(toLocalDate(published))));
    expect(valueOf('Regulators imposed trading halts on Monday.', 'Monday', published)[0]).toBe(
      day(previousMonday(toLocalDate(published))),
    );
  });
});
