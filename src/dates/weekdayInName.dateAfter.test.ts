import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Monday.
const OCT_16_1989 = { published: '1989-10-16', locale: 'en-US' } as const;
// A day written with its month, in the year of publication.
const inYear = (monthDay: string) => `${OCT_16_1989.published.slice(0, 4)}-${monthDay}`;
const both = (text: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, OCT_16_1989).map((m) => [m.text, m.value] as const),
  );

describe('a weekday after a title noun, joined to its date', () => {
  it('reads "Universal plans to release the film Friday Oct. 20 in 1,500 theaters", said on 16 October 1989, as one mention of Oct. 20', () => {
    for (const read of both(
      'Universal plans to release the film Friday Oct. 20 in 1,500 theaters.',
    ))
      expect(read).toEqual([['Friday Oct. 20', inYear('10-20')]]);
  });

  it('reads "Disney will open the movie Sunday Nov. 19" as one mention of that day', () => {
    for (const read of both('Disney will open the movie Sunday Nov. 19 nationwide.'))
      expect(read).toEqual([['Sunday Nov. 19', inYear('11-19')]]);
  });

  it('leaves a title that opens with a weekday: "the horror film Friday the 13th", "the film Saturday Night Fever"', () => {
    for (const read of both('Paramount rereleased the horror film Friday the 13th.'))
      expect(read).toEqual([]);
    for (const read of both('The studio released the film Saturday Night Fever in 1977.'))
      expect(read).toEqual([['1977', '1977']]);
  });
});
