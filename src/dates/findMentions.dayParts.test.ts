import { describe, expect, it } from 'vitest';
import { Mention } from '../model/mention.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { shiftTimex } from './shiftTimex.ts';

// Published on Wednesday 5 March 2025: Tuesday is 4 March, Monday 3 March, Thursday 6 March.
const OPTIONS = { published: '2025-03-05', locale: 'en-US' } as const;

/** Every mention's text and value, each checked against the schema and its offsets. */
function read(text: string): [string, string][] {
  return findMentions(text, OPTIONS).map((m) => {
    Mention.parse(m);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.value];
  });
}

/**
 * [sentence, the words the mention holds, its value]: the day is what the timeline shows, so
 * the value is the day whatever part of it the words name, in the direction the tense gives.
 */
const DAY_WITH_PART: [string, string, string][] = [
  ['Troops crossed the border early Tuesday.', 'Tuesday', '2025-03-04'],
  ['The fire broke out late Tuesday.', 'Tuesday', '2025-03-04'],
  ['The fire broke out late Tuesday night.', 'Tuesday night', '2025-03-04'],
  ['Police arrived early on Tuesday.', 'Tuesday', '2025-03-04'],
  ['The blast hit Tuesday evening local time.', 'Tuesday evening', '2025-03-04'],
  ['Soldiers moved in before dawn on Tuesday.', 'Tuesday', '2025-03-04'],
  ['The quake struck in the early hours of Tuesday.', 'Tuesday', '2025-03-04'],
  ['Rebels attacked overnight Monday.', 'Monday', '2025-03-03'],
  ['Rebels attacked overnight into Tuesday.', 'Tuesday', '2025-03-04'],
  ['The vote ended mid-afternoon yesterday.', 'yesterday', '2025-03-04'],
  ['The talks collapsed late last night.', 'last night', '2025-03-04'],
  ['The minister resigned early this morning.', 'this morning', '2025-03-05'],
  ["Tuesday's pre-dawn raid killed four.", 'Tuesday', '2025-03-04'],
  ['The deal was signed late on March 3.', 'March 3', '2025-03-03'],
  ['They met on the morning of March 3.', 'March 3', '2025-03-03'],
  ['The vote will be held late Thursday.', 'Thursday', '2025-03-06'],
  ['The fire started late evening Tuesday.', 'Tuesday', '2025-03-04'],
  ['The fire started early morning Tuesday.', 'Tuesday', '2025-03-04'],
  ['The fire started late in the evening on Tuesday.', 'Tuesday', '2025-03-04'],
  ['In the late afternoon on Tuesday, he spoke.', 'Tuesday', '2025-03-04'],
  ['They met early evening Tuesday.', 'Tuesday', '2025-03-04'],
  ['They met late morning on Tuesday.', 'Tuesday', '2025-03-04'],
  ['They will meet late morning Thursday.', 'Thursday', '2025-03-06'],
  ['They met late afternoon March 3.', 'March 3', '2025-03-03'],
  ['The fire started late March 4.', 'March 4', '2025-03-04'],
  ['They met late March 4 in Geneva.', 'March 4', '2025-03-04'],
  ['They met early Mar. 3.', 'Mar. 3', '2025-03-03'],
  ['The fire started early Wednesday, March 5.', 'Wednesday, March 5', '2025-03-05'],
  ['They met on the evening of Tuesday, March 4.', 'Tuesday, March 4', '2025-03-04'],
  ['He spoke late last evening.', 'last evening', '2025-03-04'],
  ['They met late in the day on Tuesday.', 'Tuesday', '2025-03-04'],
  ['The strike began at 6 a.m. local time on Tuesday.', 'Tuesday', '2025-03-04T06:00'],
  ['The quake struck at 2:15 a.m. local time Tuesday.', 'Tuesday', '2025-03-04T02:15'],
  ['By Tuesday evening, the fire was out.', 'Tuesday evening', '2025-03-04'],
  ['By Tuesday evening, the fire will be out.', 'Tuesday evening', '2025-03-11'],
  ['By Friday, Iran must comply, he said.', 'Friday', '2025-03-07'],
  ['Until Monday, the border was open.', 'Monday', '2025-03-03'],
];

describe('findMentions: a day named with a part of the day', () => {
  it.each(DAY_WITH_PART)(
    'reads "%s" as the day itself (%s, %s), and nothing else',
    (text, words, value) => {
      const found = read(text);
      expect(found).toHaveLength(1);
      expect(found[0]![0]).toContain(words);
      expect(found[0]![1]).toBe(value);
    },
  );
});

/** [sentence, for each mention in order the words it holds and its value]. */
const WIRE_RELATIVES: [string, [string, string][]][] = [
  [
    'He was arrested on March 3 and freed the day before.',
    [
      ['March 3', '2025-03-03'],
      ['the day before', '2025-03-02'],
    ],
  ],
  [
    'He was arrested on March 3 and freed the following day.',
    [
      ['March 3', '2025-03-03'],
      ['the following day', '2025-03-04'],
    ],
  ],
  [
    'He was arrested on March 3, having been warned the previous week.',
    [
      ['March 3', '2025-03-03'],
      ['the previous week', '2025-W09'],
    ],
  ],
  [
    'He was arrested on Feb. 10. The following Tuesday, he was released.',
    [
      ['Feb. 10', '2025-02-10'],
      ['The following Tuesday', '2025-02-11'],
    ],
  ],
  [
    'He was released on Feb. 20; the previous Tuesday, he stood trial.',
    [
      ['Feb. 20', '2025-02-20'],
      ['the previous Tuesday', '2025-02-18'],
    ],
  ],
  [
    'He was arrested on Feb. 10 and released on that Friday.',
    [
      ['Feb. 10', '2025-02-10'],
      ['that Friday', '2025-02-14'],
    ],
  ],
  ['Officials said that Friday would be the deadline.', [['Friday', '2025-03-07']]],
  ['He left the week before last.', [['the week before last', '2025-W08']]],
  ['He returns the week after next.', [['the week after next', '2025-W12']]],
  ['The plant closed a week ago Tuesday.', [['a week ago Tuesday', '2025-02-25']]],
  ['The plant closed two weeks ago Monday.', [['two weeks ago Monday', '2025-02-17']]],
  ['The talks resume Tuesday week.', [['Tuesday week', '2025-03-18']]],
  ['The talks resume a week from Tuesday.', [['a week from Tuesday', '2025-03-18']]],
  ['Protests spread over the weekend.', [['the weekend', '2025-W09-WE']]],
  ['The weekend saw heavy rain.', [['weekend', '2025-W09-WE']]],
  ['Officials said earlier this week that the plan was dead.', [['earlier this week', '2025-W10']]],
  ['A vote is expected later this month.', [['later this month', '2025-03']]],
  ['The fund will close by the end of the month.', [['the end of the month', '2025-03']]],
  ['The merger should close by year-end.', [['year-end', '2025']]],
  ['The results are due at month-end.', [['month-end', '2025-03']]],
  ["The results are due by month's end.", [["month's end", '2025-03']]],
  ['Fighting eased over the holiday weekend.', [['the holiday weekend', '2025-W09-WE']]],
  ['Sales fell in mid-March.', [['mid-March', '2025-03']]],
  ['By mid-February 10 people had died.', [['mid-February', '2025-02']]],
  ['Talks are set for the first week of March.', [['the first week of March', '2025-03']]],
  ['The March 3 election was marred by violence.', [['March 3', '2025-03-03']]],
];

describe('findMentions: wire relatives and periods', () => {
  it.each(WIRE_RELATIVES)('reads "%s" as %j', (text, expected) => {
    const found = read(text);
    expect(found).toHaveLength(expected.length);
    expected.forEach(([words, value], i) => {
      expect(found[i]![0]).toContain(words);
      expect(found[i]![1]).toBe(value);
    });
  });
});

/** [sentence, the whole phrase, its value]: an hour given with a part of the day, then its day. */
const HOUR_OF_PART_BEFORE_DAY: [string, string, string][] = [
  [
    'The fire started at 4 in the morning on Tuesday.',
    'at 4 in the morning on Tuesday',
    '2025-03-04T04:00',
  ],
  ['Police arrived at 11 at night on Monday.', 'at 11 at night on Monday', '2025-03-03T23:00'],
  ['They met at 6 in the evening Tuesday.', 'at 6 in the evening Tuesday', '2025-03-04T18:00'],
  [
    'Talks resume at 3 in the afternoon on March 7.',
    'at 3 in the afternoon on March 7',
    '2025-03-07T15:00',
  ],
  [
    "The blast came at 2 o'clock in the morning on Monday.",
    "at 2 o'clock in the morning on Monday",
    '2025-03-03T02:00',
  ],
];

describe('findMentions: an hour with its part of the day, then the day', () => {
  it.each(HOUR_OF_PART_BEFORE_DAY)(
    'keeps the hour of "%s" on the day named after it, as one mention over the whole phrase',
    (text, words, value) => {
      expect(read(text)).toEqual([[words, value]]);
    },
  );
});

describe('findMentions: two weekdays sharing a part of the day', () => {
  it('reads two weekdays before a shared part of the day in a past clause as the two days gone by', () => {
    expect(read('Rebels attacked Monday and Tuesday nights.')).toEqual([
      ['Monday', '2025-03-03'],
      ['Tuesday', '2025-03-04'],
    ]);
    // "hit" is past and present alike; nothing says the storms recur.
    expect(read('Storms hit the coast Friday and Saturday nights.')).toEqual([
      ['Friday', '2025-02-28'],
      ['Saturday', '2025-03-01'],
    ]);
  });

  it('keeps them a habit in the present or with a word of habit', () => {
    expect(read('The class meets on Monday and Thursday evenings.')).toEqual([
      ['Monday', 'XXXX-WXX-1TEV'],
      ['Thursday evenings', 'XXXX-WXX-4TEV'],
    ]);
    expect(read('He usually played cards Monday and Thursday nights.')).toEqual([
      ['Monday', 'XXXX-WXX-1TNI'],
      ['Thursday nights', 'XXXX-WXX-4TNI'],
    ]);
    expect(read('Every week, rebels attacked Monday and Tuesday nights.')).toEqual([
      ['Every week', 'P1W'],
      ['Monday', 'XXXX-WXX-1TNI'],
      ['Tuesday nights', 'XXXX-WXX-2TNI'],
    ]);
  });

  it.each([
    ['The bar was packed Friday and Saturday nights all summer.', 'Friday', 'Saturday nights'],
    [
      'The restaurant was closed Monday and Tuesday nights during the winter.',
      'Monday',
      'Tuesday nights',
    ],
    ['The band played Friday and Saturday nights for years.', 'Friday', 'Saturday nights'],
    ['We worked Saturday and Sunday mornings in those days.', 'Saturday', 'Sunday mornings'],
    ['Crowds came Friday and Saturday nights throughout the season.', 'Friday', 'Saturday nights'],
  ])(
    'keeps them a habit in the past when a stretch the habit filled goes with them: "%s"',
    (text, first, second) => {
      const recurring = read(text).filter(([, value]) => value.startsWith('XXXX-WXX-'));
      expect(recurring.map(([words]) => words)).toEqual([first, second]);
    },
  );
});

describe('findMentions: midnight and a weekday', () => {
  it('reads "midnight Friday" and "at midnight on Friday" as the end of that Friday', () => {
    expect(read('The strike will end at midnight Friday.')).toEqual([
      ['midnight Friday', '2025-03-08T00:00'],
    ]);
    expect(read('The offer expires at midnight on Friday.')).toEqual([
      ['midnight on Friday', '2025-03-08T00:00'],
    ]);
    expect(read('The curfew began at midnight Monday.')).toEqual([
      ['midnight Monday', '2025-03-04T00:00'],
    ]);
  });

  it.each([
    ['The curfew starts at midnight on March 15.', 'midnight on March 15', '2025-03-15'],
    ['The curfew starts at midnight on Dec. 14.', 'midnight on Dec. 14', '2025-12-14'],
  ])(
    'reads the midnight of %j, a calendar day after a verb of starting, as the start of the day',
    (text, words, day) => {
      expect(read(text)).toContainEqual([words, `${day}T00:00`]);
    },
  );

  it.each([
    [
      'The government shutdown will begin at midnight Friday if Congress fails to act.',
      '2025-12-10',
      ['2025-12-12'],
    ],
    [
      'A partial shutdown began at midnight Friday after Congress failed to act.',
      '2026-01-12',
      ['2026-01-09'],
    ],
    [
      'Government funding runs out at midnight Friday, and a shutdown would begin at midnight Friday.',
      '2026-01-12',
      ['2026-01-16', '2026-01-16'],
    ],
    [
      'The mayor said the curfew, which starts at midnight Friday, would end Monday.',
      '2025-12-10',
      ['2025-12-12'],
    ],
    ['The curfew starts at midnight on Friday.', '2025-03-05', ['2025-03-07']],
  ])(
    "keeps a weekday's midnight in %j (written %s) at the end of that day after a verb of starting",
    (text, published, fridays) => {
      const midnights = findMentions(text, { published, locale: 'en-US' }).filter((m) =>
        m.text.startsWith('midnight'),
      );
      expect(midnights.map((m) => m.value)).toEqual(
        fridays.map((day) => `${shiftTimex(day, { amount: 1, unit: 'day' })}T00:00`),
      );
    },
  );

  it.each([
    ['The offer ends at midnight on Dec. 1.', 'midnight on Dec. 1', '2025-12-01'],
    ['The permit expires at midnight on March 14.', 'midnight on March 14', '2025-03-14'],
    ['The deal will run until midnight on March 20.', 'midnight on March 20', '2025-03-20'],
    ['The offer ended at midnight on March 1.', 'midnight on March 1', '2025-03-01'],
    ['The offer ends promptly at midnight on Dec. 1.', 'midnight on Dec. 1', '2025-12-01'],
    ['The deadline is at midnight on March 14.', 'midnight on March 14', '2025-03-14'],
    ['On Friday, the ban will take effect at midnight.', 'midnight', '2025-03-07'],
    ['On Friday, the curfew will start at midnight.', 'midnight', '2025-03-07'],
    ['On March 15, the offer will end at midnight.', 'midnight', '2025-03-15'],
  ])(
    'reads the midnight of %j, after a verb of ending or a weekday, as the end of the day',
    (text, words, day) => {
      expect(read(text)).toContainEqual([
        words,
        `${shiftTimex(day, { amount: 1, unit: 'day' })}T00:00`,
      ]);
      const found = findTimemlMentions(text, OPTIONS).find((m) => m.text === words);
      expect(found?.value).toBe(`${day}T24`);
    },
  );

  it('reads the midnight after a verb of ending and its object as the start of the day', () => {
    const text = 'Police closed the bridge at midnight on Jan. 1.';
    const options = { published: '2026-01-02', locale: 'en-US' } as const;
    expect(findMentions(text, options).find((m) => m.text === 'midnight on Jan. 1')?.value).toBe(
      `${shiftTimex('2026-01-02', { amount: -1, unit: 'day' })}T00:00`,
    );
  });

  it.each([
    ['The rule set by the FAA takes effect at midnight on Jan. 20.', 'midnight on Jan. 20'],
    ['The curfew announced by police takes effect at midnight on Jan. 20.', 'midnight on Jan. 20'],
    ['The fee waived until last year takes effect at midnight on Jan. 20.', 'midnight on Jan. 20'],
    [
      'The old permit expires — the new one takes effect at midnight on Jan. 20.',
      'midnight on Jan. 20',
    ],
    [
      'The old rule ends when the new one takes effect at midnight on Jan. 20.',
      'midnight on Jan. 20',
    ],
    ['The permit, which expired, is renewed at midnight on Jan. 20.', 'midnight on Jan. 20'],
    [
      'The mayor closes a loophole that takes effect at midnight on Jan. 20.',
      'midnight on Jan. 20',
    ],
  ])(
    'reads the midnight of %j, with no word of ending in its clause or right before it, as the start of the day',
    (text, words) => {
      const options = { published: '2026-01-12', locale: 'en-US' } as const;
      expect(findMentions(text, options).find((m) => m.text === words)?.value).toBe(
        '2026-01-20T00:00',
      );
    },
  );

  it.each([
    ['The sale runs through midnight on Jan. 20.', 'midnight on Jan. 20'],
    ['The sale runs thru midnight on Jan. 20.', 'midnight on Jan. 20'],
    ['Filings are accepted through at midnight on Jan. 20.', 'midnight on Jan. 20'],
  ])('reads the midnight of %j, right after "through", as the end of the day', (text, words) => {
    const options = { published: '2026-01-12', locale: 'en-US' } as const;
    expect(findMentions(text, options).find((m) => m.text === words)?.value).toBe(
      '2026-01-21T00:00',
    );
    expect(findTimemlMentions(text, options).find((m) => m.text === words)?.value).toBe(
      '2026-01-20T24',
    );
  });

  it("keeps a calendar day's midnight in a past clause at its start when its end is after publication", () => {
    const found = findMentions('The offer ended at midnight on March 5.', OPTIONS);
    expect(found.map((m) => m.value)).toEqual(['2025-03-05T00:00']);
  });

  it('reads "midnight Friday" in a past clause published that Friday as the start of the day, not one yet to come (the Thursday\'s T24 in TimeML)', () => {
    const friday = '2025-03-07';
    const thursday = shiftTimex(friday, { amount: -1, unit: 'day' });
    const options = { published: friday, locale: 'en-US' } as const;
    for (const text of [
      'Talks broke down at midnight Friday.',
      'The deadline passed at midnight Friday, and talks collapsed.',
    ]) {
      const found = findMentions(text, options).find((m) => m.text.startsWith('midnight'));
      expect(found?.value, text).toBe(`${friday}T00:00`);
      const timeml = findTimemlMentions(text, options).find((m) => m.text.startsWith('midnight'));
      expect(timeml?.value, text).toBe(`${thursday}T24`);
    }
    const ahead = findMentions('The deadline expires at midnight Friday.', options)[0];
    expect(ahead?.value).toBe(`${shiftTimex(friday, { amount: 1, unit: 'day' })}T00:00`);
  });

  it('writes the end of that Friday as its 24th hour in TimeML mode', () => {
    const found = findTimemlMentions('The strike will end at midnight Friday.', OPTIONS);
    expect(found.map((m) => [m.text, m.value])).toEqual([['midnight Friday', '2025-03-07T24']]);
  });

  it('puts a later clock with no day of its own after "from midnight Friday" on the Saturday', () => {
    const text = 'The curfew will run from midnight Friday to 6 a.m.';
    const values = (mentions: Mention[]) => mentions.map((m) => m.value);
    expect(values(findMentions(text, OPTIONS))).toEqual(['2025-03-08T00:00', '2025-03-08T06:00']);
    expect(values(findTimemlMentions(text, OPTIONS))).toEqual([
      '2025-03-07T24',
      '2025-03-08T06:00',
    ]);
  });

  it('reads noon and midnight before a day word as a time of that day, midnight as its end', () => {
    expect(read('The vote is at noon today.')).toEqual([['noon today', '2025-03-05T12:00']]);
    expect(read('Talks resume at midday tomorrow.')).toEqual([
      ['midday tomorrow', '2025-03-06T12:00'],
    ]);
    expect(read('The offer ends at midnight tonight.')).toEqual([
      ['midnight tonight', '2025-03-06T00:00'],
    ]);
    const found = findTimemlMentions('The offer ends at midnight tonight.', OPTIONS);
    expect(found.map((m) => [m.text, m.value])).toEqual([['midnight tonight', '2025-03-05T24']]);
  });

  it('reads a day word before "at noon" or "at midnight" as one time of that day, in both readings', () => {
    expect(read('The body was found yesterday at noon.')).toEqual([
      ['yesterday at noon', '2025-03-04T12:00'],
    ]);
    expect(read('Talks resume tomorrow at midday.')).toEqual([
      ['tomorrow at midday', '2025-03-06T12:00'],
    ]);
    expect(read('The offer ends tonight at midnight.')).toEqual([
      ['tonight at midnight', '2025-03-06T00:00'],
    ]);
    const found = findTimemlMentions('The body was found yesterday at noon.', OPTIONS);
    expect(found.map((m) => [m.text, m.value])).toEqual([
      ['yesterday at noon', '2025-03-04T12:00'],
    ]);
  });

  it('reads no clock in a capitalised Midnight or a noon before a noun after a day word', () => {
    expect(read('The family attended services yesterday at Midnight Mass rehearsal.')).toEqual([
      ['yesterday', '2025-03-04'],
    ]);
    expect(read('Officials will meet today at noon-time briefings.')).toEqual([
      ['today', '2025-03-05'],
    ]);
    expect(read('Reporters gathered yesterday at noon briefings all week.')).toEqual([
      ['yesterday', '2025-03-04'],
    ]);
  });

  it('keeps a day word and a noon with other words between them apart', () => {
    expect(read('He left yesterday and was back at noon.')).toEqual([
      ['yesterday', '2025-03-04'],
      ['noon', '2025-03-04T12:00'],
    ]);
  });

  it('reads "The strike will end Friday midnight." as the midnight that ends the Friday, as "midnight Friday" is', () => {
    expect(read('The strike will end Friday midnight.')).toEqual([
      ['Friday midnight', '2025-03-08T00:00'],
    ]);
  });

  it('reads "the talks must end by Thursday midnight", said on 7 April 1998, as 1998-04-09T24 in TimeML mode and 1998-04-10T00:00 in the news reading', () => {
    const text = 'the talks must end by Thursday midnight.';
    const options = { published: '1998-04-07', locale: 'en-US' } as const;
    expect(findTimemlMentions(text, options).map((m) => [m.text, m.value])).toEqual([
      ['Thursday midnight', '1998-04-09T24'],
    ]);
    expect(findMentions(text, options).map((m) => [m.text, m.value])).toEqual([
      ['Thursday midnight', '1998-04-10T00:00'],
    ]);
  });

  it('still reads "Friday at midnight" after "came" as the midnight that opens the Friday', () => {
    expect(read('The guards came Friday at midnight.').map(([, v]) => v)).not.toContain(
      '2025-03-08T00:00',
    );
  });
});

describe('a part of the day in a habit', () => {
  it('reads "He jogs in the early morning every day." with no part of the day on the day of publication', () => {
    const text = 'He jogs in the early morning every day.';
    expect(read(text).filter(([, value]) => value.startsWith(OPTIONS.published))).toEqual([]);
    const timeml = findTimemlMentions(text, OPTIONS);
    expect(timeml.filter((m) => m.value.startsWith(OPTIONS.published))).toEqual([]);
  });
});
