import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isBroadcastEvening } from './isBroadcastEvening.ts';

// Friday 6 March 1998.
const FRIDAY = { published: '1998-03-06', locale: 'en-US' } as const;
const both = (text: string) => [
  findMentions(text, FRIDAY).map((m) => `${m.text} ${m.value}`),
  findTimemlMentions(text, FRIDAY).map((m) => `${m.text} ${m.value}`),
];

describe('isBroadcastEvening', () => {
  it('reads "join us at eight Eastern on Tuesday for a special prime time report on Iraq", said on 6 March 1998, as 1998-03-10T20:00', () => {
    const found = ['eight Eastern on Tuesday 1998-03-10T20:00'];
    expect(
      both('join us at eight Eastern on Tuesday for a special prime time report on Iraq.'),
    ).toEqual([found, found]);
  });

  it('reads "tune in to our evening broadcast at six thirty Eastern on Monday", said on 6 March 1998, as 1998-03-09T18:30', () => {
    const found = ['six thirty Eastern on Monday 1998-03-09T18:30'];
    expect(both('tune in to our evening broadcast at six thirty Eastern on Monday.')).toEqual([
      found,
      found,
    ]);
  });

  it('reads "the polls in the Northeast close at eight Eastern on Tuesday", said on 6 March 1998, as 1998-03-10T20:00', () => {
    const found = ['eight Eastern on Tuesday 1998-03-10T20:00'];
    expect(both('the polls in the Northeast close at eight Eastern on Tuesday.')).toEqual([
      found,
      found,
    ]);
  });

  it.each([
    ['the hearing resumes at nine Eastern on Tuesday.', 'nine Eastern on Tuesday 1998-03-10T09:00'],
    [
      'join us for a special edition of Good Morning America at seven Eastern on Tuesday.',
      'seven Eastern on Tuesday 1998-03-10T07:00',
    ],
    [
      "Special prosecutor Kenneth Starr's grand jury reconvenes at nine Eastern on Tuesday.",
      'nine Eastern on Tuesday 1998-03-10T09:00',
    ],
    [
      'The Pentagon briefing, broadcast live, begins at ten Eastern on Tuesday.',
      'ten Eastern on Tuesday 1998-03-10T10:00',
    ],
  ])('keeps %j in the morning: no evening word, or a morning word', (text, found) => {
    expect(both(text)).toEqual([[found], [found]]);
  });

  it('keeps "the polls open at seven Eastern on Tuesday and close at eight in the evening", said on 6 March 1998, in the morning: the polls open at the hour', () => {
    const text = 'The polls open at seven Eastern on Tuesday and close at eight in the evening.';
    expect(both(text).map((found) => found[0])).toEqual([
      'seven Eastern on Tuesday 1998-03-10T07:00',
      'seven Eastern on Tuesday 1998-03-10T07:00',
    ]);
  });

  it('keeps "said Wednesday evening that inspectors may return at eight local time on Thursday", said on 4 March 1998, in the morning: the evening is another hour\'s', () => {
    const wednesday = { published: '1998-03-04', locale: 'en-US' } as const;
    const text =
      "Iraq's deputy prime minister said Wednesday evening that inspectors may return at eight local time on Thursday.";
    expect(findMentions(text, wednesday).map((m) => `${m.text} ${m.value}`)).toContain(
      'eight local time on Thursday 1998-03-05T08:00',
    );
  });

  it('leaves hours before six alone', () => {
    const text = 'join us at five Eastern on Tuesday for a special report.';
    expect(isBroadcastEvening(text, 11, 23, 5)).toBe(false);
  });
});
