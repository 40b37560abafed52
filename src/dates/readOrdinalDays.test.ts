import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { toLocalDate } from './calendarDate.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const options = (published: string) => ({ published, locale: 'en-US' }) as const;
/** The day `day` of the month `published` is in. */
const dayOfMonth = (published: string, day: number) => {
  const pub = toLocalDate(published);
  return format(new Date(pub.getFullYear(), pub.getMonth(), day), 'yyyy-MM-dd');
};
const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, options(published)).map((m) => [m.text, m.value]),
  );

describe('a day of the month spoken as an ordinal word', () => {
  it('reads "due in New York on the fifteenth", said on 9 March 1998, as 15 March', () => {
    const published = '1998-03-09';
    const found = [['the fifteenth', dayOfMonth(published, 15)]];
    expect(
      read('The Iraqi foreign minister is due in New York on the fifteenth.', published),
    ).toEqual([found, found]);
  });

  it.each([
    ['The UN envoy is expected back in Baghdad on the twentieth.', 'the twentieth', 20],
    [
      'The shuttle is set to launch on the twenty-ninth, weather permitting.',
      'the twenty-ninth',
      29,
    ],
  ])('reads "%s", said on 9 March 1998, as that day of March', (text, words, day) => {
    const found = [[words, dayOfMonth('1998-03-09', day)]];
    expect(read(text, '1998-03-09')).toEqual([found, found]);
  });

  it.each([
    // A hole, an inning, a ballot: no plan's word before it.
    "O'Meara birdied on the seventeenth and won on the eighteenth.",
    'The Yankees scored twice on the ninth.',
    // A month after it: read with the month by its own reader.
    'The ship was due to sail on the fifteenth of April.',
    // A noun after it.
    'The talks resume on the twentieth floor of the tower.',
  ])('reads no spoken day alone in "%s"', (text) => {
    for (const found of read(text, '1998-03-09')) {
      expect(found.filter(([words]) => /^the \w+$/.test(words!))).toEqual([]);
    }
  });
});
