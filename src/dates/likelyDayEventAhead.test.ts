import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { likelyDayEventAhead } from './likelyDayEventAhead.ts';

const read = (text: string, published: string, phrase: string) =>
  [findMentions, findTimemlMentions].map(
    (find) => find(text, { published, locale: 'en-US' }).find((m) => m.text === phrase)?.value,
  );

describe('a set event of a weekday told as likely, or with a reported "would"', () => {
  it('reads "Officials said Tuesday\'s auction would draw strong demand", said on Monday 13 November 1989, as 1989-11-14', () => {
    expect(
      read('Officials said Tuesday’s auction would draw strong demand.', '1989-11-13', 'Tuesday'),
    ).toEqual(['1989-11-14', '1989-11-14']);
  });

  it.each([
    [
      "Thursday's referendum is likely to draw a record turnout.",
      '2016-06-21',
      'Thursday',
      '2016-06-23',
    ],
    [
      "Sunday's rally is likely to be the largest since 1991.",
      '2007-01-16',
      'Sunday',
      '2007-01-21',
    ],
    [
      "Saturday's vote is seen as a test for the prime minister.",
      '2000-03-15',
      'Saturday',
      '2000-03-18',
    ],
    [
      "Analysts said Thursday's report would show a rise in inflation.",
      '1989-11-14',
      'Thursday',
      '1989-11-16',
    ],
    [
      "Dealers said Thursday's bond sale would test investors' appetite.",
      '1999-05-04',
      'Thursday',
      '1999-05-06',
    ],
    ["The board said Thursday's vote would be close.", '2012-03-12', 'Thursday', '2012-03-15'],
  ])('reads "%s", said on %s, as the coming day', (text, published, phrase, value) => {
    expect(read(text, published, phrase)).toEqual([value, value]);
  });

  it.each([
    ["Officials said Monday's attack would not deter them.", '1989-11-15', 'Monday', '1989-11-13'],
    [
      "Organizers said Sunday's march would have drawn more people in better weather.",
      '1998-11-03',
      'Sunday',
      '1998-11-01',
    ],
    [
      "Analysts said Friday's report would have shown a gain but for the strike.",
      '1989-11-13',
      'Friday',
      '1989-11-10',
    ],
    [
      "Police said Saturday's riot would lead to dozens of arrests.",
      '2026-02-03',
      'Saturday',
      '2026-01-31',
    ],
    [
      "Saturday's vote is seen as a rebuke to the government.",
      '2000-03-14',
      'Saturday',
      '2000-03-11',
    ],
    [
      "Saturday's parade is likely to be remembered for the rain.",
      '2026-03-09',
      'Saturday',
      '2026-03-07',
    ],
    [
      "Saturday's vote was seen as a test for the prime minister.",
      '2000-03-15',
      'Saturday',
      '2000-03-11',
    ],
  ])('still reads "%s", said on %s, as the day gone by', (text, published, phrase, value) => {
    expect(read(text, published, phrase)).toEqual([value, value]);
  });

  it.each([
    [
      "Monday's decision is likely to spark protests from exporters, analysts said.",
      '1989-11-14',
      'Monday',
      '1989-11-13',
    ],
    [
      "Tuesday's vote is likely to bring a new government to power.",
      '1998-10-21',
      'Tuesday',
      '1998-10-20',
    ],
    [
      "Wednesday's rally is likely to have drawn 10,000 people, police said.",
      '1989-11-16',
      'Wednesday',
      '1989-11-15',
    ],
  ])(
    'reads "%s", said on %s, the day after, as the day gone by (review)',
    (text, published, phrase, value) => {
      expect(read(text, published, phrase)).toEqual([value, value]);
    },
  );

  it.each([
    [
      "Saturday's rally is likely to embolden the opposition, diplomats said.",
      '1989-11-13',
      '1989-11-11',
    ],
    [
      "Saturday's march is likely to embolden the strikers, union officials said.",
      '2026-03-09',
      '2026-03-07',
    ],
    ["Thursday's vote is likely to embolden the rebels.", '1989-11-14', '1989-11-16'],
  ])(
    'reads "%s", said on %s, by the nearer day, as what an event does may follow it (post-merge)',
    (text, published, value) => {
      const phrase = text.slice(0, text.indexOf("'"));
      expect(read(text, published, phrase)).toEqual([value, value]);
    },
  );

  it('weighs a likelihood told in the perfect as of an event gone by (review)', () => {
    expect(
      likelyDayEventAhead("'s rally is likely to have drawn 10,000 people.", 6, '1989-11-13'),
    ).toBe(false);
  });

  it('weighs a "would" only when the coming day is the nearer', () => {
    expect(likelyDayEventAhead("'s auction would draw strong demand.", 2, '1989-11-13')).toBe(true);
    expect(likelyDayEventAhead("'s auction would draw strong demand.", 2, '1989-11-17')).toBe(
      false,
    );
    expect(likelyDayEventAhead("'s weak report would weigh on stocks.", 5, '1989-11-14')).toBe(
      false,
    );
    expect(
      likelyDayEventAhead("'s meeting would continue talks on Tuesday.", 1, '2024-03-15'),
    ).toBe(false);
    expect(likelyDayEventAhead("'s vote would decide Tuesday's runoff.", 1, '2024-03-15')).toBe(
      false,
    );
  });

  it('leaves "Officials said Monday\'s vote would decide Tuesday\'s runoff", said on Saturday 11 November 1989, to the order of the two days, not the coming Monday', () => {
    expect(likelyDayEventAhead("'s vote would decide Tuesday's runoff.", 1, '1989-11-11')).toBe(
      false,
    );
    expect(likelyDayEventAhead("'s vote would decide the runoff.", 1, '1989-11-11')).toBe(true);
    expect(likelyDayEventAhead("'s vote would decide the tuesday runoff.", 1, '1989-11-11')).toBe(
      true,
    );
  });
});
