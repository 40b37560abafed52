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

describe('a hole or an inning after "back", "set" or "ends" (review)', () => {
  it.each([
    ['Couples was back to six under after a birdie on the fifteenth.', '1998-04-12'],
    ['Sorenstam set a course record with an eagle on the eighteenth.', '1998-03-29'],
    ['The Woods charge ends on the sixteenth, where he finds the water.', '1998-04-12'],
    ['The bullpen was back in trouble on the eighth.', '1998-04-05'],
  ])('reads no day in "%s", said on %s', (text, published) => {
    for (const found of read(text, published)) {
      expect(found.filter(([words]) => /^the \w+$/.test(words!))).toEqual([]);
    }
  });

  it('still reads "The inspectors are due back on the twentieth", said on 9 March 1998, as 20 March', () => {
    const found = [['the twentieth', dayOfMonth('1998-03-09', 20)]];
    expect(read('The inspectors are due back on the twentieth.', '1998-03-09')).toEqual([
      found,
      found,
    ]);
  });
});

describe('a spoken day after a plan whose tense the words leave open (review)', () => {
  it('reads "The shuttle is set for launch on the twenty-ninth", said on 9 March 1998, as 29 March', () => {
    const found = [['the twenty-ninth', dayOfMonth('1998-03-09', 29)]];
    expect(read('The shuttle is set for launch on the twenty-ninth.', '1998-03-09')).toEqual([
      found,
      found,
    ]);
  });

  it('reads "The envoy was due in Baghdad on the twentieth, but the trip was called off", said on 9 March 1998, as 20 February', () => {
    const found = [['the twentieth', dayOfMonth('1998-02-09', 20)]];
    expect(
      read(
        'The envoy was due in Baghdad on the twentieth, but the trip was called off.',
        '1998-03-09',
      ),
    ).toEqual([found, found]);
  });
});

describe('a body that reconvenes or a craft that lifts off on a spoken day', () => {
  it.each([
    ['Parliament reconvenes on the twelfth.', '1998-01-05', 'the twelfth', 12],
    ['The House reconvenes on the twenty-seventh.', '1998-01-05', 'the twenty-seventh', 27],
    [
      'The shuttle Columbia lifts off on the sixteenth, NASA says.',
      '1998-04-01',
      'the sixteenth',
      16,
    ],
  ])('reads "%s", said on %s, as that day of the month', (text, published, words, day) => {
    const found = [[words, dayOfMonth(published, day)]];
    expect(read(text, published)).toEqual([found, found]);
  });

  it.each([
    ['The leaders convened on the tenth floor of the hotel.', '1998-03-09'],
    ['Couples lifts his game and birdies on the twelfth.', '1998-04-12'],
    ['His approach lifts off and lands two feet from the pin on the twelfth.', '1998-02-08'],
  ])('reads no spoken day alone in "%s", said on %s', (text, published) => {
    for (const found of read(text, published)) {
      expect(found.filter(([words]) => /^the \w+$/.test(words!))).toEqual([]);
    }
  });
});

describe('a spoken day followed by the next phrase', () => {
  it.each([
    [
      'The shuttle is set to lift off on the sixteenth with a crew of seven.',
      '1998-04-06',
      'the sixteenth',
      16,
    ],
    ['The Irish talks resume on the sixth at Stormont.', '1998-04-02', 'the sixth', 6],
    [
      'Mr. Annan leaves for Baghdad on the twentieth with a letter from the Council.',
      '1998-02-02',
      'the twentieth',
      20,
    ],
    ['The commission convenes on the tenth in Geneva.', '1998-03-02', 'the tenth', 10],
  ])('reads "%s", said on %s, as that day of the month', (text, published, words, day) => {
    const found = [[words, dayOfMonth(published, day)]];
    expect(read(text, published)).toEqual([found, found]);
  });

  it.each([
    ['The leaders meet on the tenth floor in Geneva.', '1998-03-09'],
    ['The convention opens its vote, and he wins on the twelfth ballot in Chicago.', '1998-03-18'],
    ['Play resumes on the fifteenth hole with the leaders tied.', '1998-04-11'],
  ])(
    'reads no spoken day where a noun follows the ordinal in "%s", said on %s',
    (text, published) => {
      for (const found of read(text, published)) {
        expect(found.filter(([words]) => /^the \w+$/.test(words!))).toEqual([]);
      }
    },
  );
});

describe('a spoken day a chamber comes back on or voters go to the polls on', () => {
  it.each([
    [
      'The Senate comes back on the twenty-seventh for the State of the Union.',
      '1998-01-06',
      'the twenty-seventh',
      27,
    ],
    [
      'Voters go to the polls on the seventeenth in a dozen counties.',
      '1998-02-03',
      'the seventeenth',
      17,
    ],
  ])('reads "%s", said on %s, as that day of the month', (text, published, words, day) => {
    const found = [[words, dayOfMonth(published, day)]];
    expect(read(text, published)).toEqual([found, found]);
  });

  it.each([
    ['Woods comes back on the back nine with three birdies.', '1998-04-09'],
    ["O'Meara comes back on the fifteenth hole with a birdie.", '1998-04-10'],
  ])('reads no spoken day in golf copy: "%s", said on %s', (text, published) => {
    for (const found of read(text, published)) {
      expect(found.filter(([words]) => /^the \w+$/.test(words!))).toEqual([]);
    }
  });
});

describe('a spoken day a calendar deed told in the past fell on', () => {
  it.each([
    ['The story broke on the twenty-first.', '1998-03-20', 'the twenty-first', 21, -1],
    ['The panel reconvened on the fourteenth.', '1998-03-20', 'the fourteenth', 14, 0],
    ['The inspectors returned to Baghdad on the fifth.', '1998-03-20', 'the fifth', 5, 0],
    ['The talks adjourned on the third without an agreement.', '1998-04-08', 'the third', 3, 0],
  ])('reads "%s", said on %s, as the day gone by', (text, published, words, day, months) => {
    const pub = toLocalDate(published);
    const value = format(new Date(pub.getFullYear(), pub.getMonth() + months, day), 'yyyy-MM-dd');
    const found = [[words, value]];
    expect(read(text, published)).toEqual([found, found]);
  });

  it.each([
    ['He started on the tenth and birdied three holes.', '1998-04-10'],
    ['Couples returned to the lead on the twelfth with a birdie.', '1998-04-11'],
    ['The delegates broke on the third ballot.', '1998-03-18'],
    ['The panel adjourned on the second and final day of hearings.', '1998-04-08'],
    ['The series resumes on the fourth and deciding game in Boston.', '1998-04-08'],
  ])('reads no spoken day in "%s", said on %s', (text, published) => {
    for (const found of read(text, published)) {
      expect(found.filter(([words]) => /^the \w+$/.test(words!))).toEqual([]);
    }
  });
});

describe('a spoken day before a participle after a preposition', () => {
  it.each([
    ['The Security Council meets on the ninth in closed session.', 'the ninth', 9],
    ['The panel meets on the twelfth at reduced strength.', 'the twelfth', 12],
  ])('reads "%s", said on 2 March 1998, as that day of March', (text, words, day) => {
    const found = [[words, dayOfMonth('1998-03-02', day)]];
    expect(read(text, '1998-03-02')).toEqual([found, found]);
  });

  it('reads "The Security Council reconvened on the ninth in closed session", said on 2 March 1998, as 9 February', () => {
    const found = [['the ninth', dayOfMonth('1998-02-02', 9)]];
    expect(
      read('The Security Council reconvened on the ninth in closed session.', '1998-03-02'),
    ).toEqual([found, found]);
  });
});

describe('a spoken hole or inning with its play after "with"', () => {
  it.each([
    ['Woods starts on the tenth with a birdie and never looks back.', '1998-04-10'],
    ['The Yankee rally begins on the ninth with a leadoff walk.', '1998-04-10'],
    ['Couples comes back on the thirteenth with a birdie to take the lead.', '1998-04-10'],
    ['Duval returned on the eleventh with a par save.', '1998-04-10'],
  ])('reads no spoken day in "%s", said on %s', (text, published) => {
    for (const found of read(text, published)) {
      expect(found.filter(([words]) => /^the \w+$/.test(words!))).toEqual([]);
    }
  });
});

describe('a day of the month with "of this month", "of next month" or "of last month" after it', () => {
  /** The day `day` of the month `months` on from the one `published` is in. */
  const dayOfMonthOn = (published: string, months: number, day: number) => {
    const pub = toLocalDate(published);
    return format(new Date(pub.getFullYear(), pub.getMonth() + months, day), 'yyyy-MM-dd');
  };

  it('reads "go to the polls on the thirteenth of next month", said on 21 January 1998, as 13 February', () => {
    const published = '1998-01-21';
    const found = [['the thirteenth of next month', dayOfMonthOn(published, 1, 13)]];
    expect(
      read('Voters in Santa Barbara go to the polls on the thirteenth of next month.', published),
    ).toEqual([found, found]);
  });

  it.each([
    [
      'Runoffs are set for the fourth of next month in six districts.',
      'the fourth of next month',
      1,
      4,
    ],
    [
      'The inspectors are due back on the twentieth of this month.',
      'the twentieth of this month',
      0,
      20,
    ],
    ['The special election is on the 7th of next month.', 'the 7th of next month', 1, 7],
    ['The ceasefire began on the second of last month.', 'the second of last month', -1, 2],
  ])(
    'reads "%s", said on 16 March 1998, as that day of the month named',
    (text, words, on, day) => {
      const found = [[words, dayOfMonthOn('1998-03-16', on, day)]];
      expect(read(text, '1998-03-16')).toEqual([found, found]);
    },
  );

  it.each([
    // A share of the month's things, not a day.
    'The team has played the third of this month’s games on the road.',
    // A day the month has not.
    'The vote is on the thirty-first of next month.',
  ])('reads no day of the month in "%s", said on 16 March 1998', (text) => {
    for (const found of read(text, '1998-03-16')) {
      expect(found.filter(([words]) => /\b(?:third|thirty-first)\b/.test(words!))).toEqual([]);
    }
  });
});

describe('a spoken day of the month before "behind closed doors"', () => {
  it('reads "The council meets on the ninth behind closed doors", said on 2 March 1998, as 9 March', () => {
    const published = '1998-03-02';
    const found = [['the ninth', dayOfMonth(published, 9)]];
    expect(read('The council meets on the ninth behind closed doors.', published)).toEqual([
      found,
      found,
    ]);
  });

  it('reads "The grand jury reconvenes on the twenty-seventh behind closed doors", said on 14 January 1998, as 27 January', () => {
    const published = '1998-01-14';
    const found = [['the twenty-seventh', dayOfMonth(published, 27)]];
    expect(
      read('The grand jury reconvenes on the twenty-seventh behind closed doors.', published),
    ).toEqual([found, found]);
  });

  it('reads nothing in "Woods starts on the tenth behind the leaders", said on 8 April 1998', () => {
    expect(read('Woods starts on the tenth behind the leaders.', '1998-04-08')).toEqual([[], []]);
  });
});

describe('a spoken ordinal in a sentence of golf or baseball', () => {
  it.each([
    'The golfers start on the tenth in the rain.',
    'The leaders tee off on the tenth in the rain.',
    'Both pitchers begin on the ninth in a scoreless tie.',
  ])('reads nothing in "%s", said on 8 April 1998', (text) => {
    expect(read(text, '1998-04-08')).toEqual([[], []]);
  });

  it.each([
    ['The Masters begins on the ninth in Augusta.', 'the ninth', 9],
    ['The Green Party convention opens on the ninth in Bonn.', 'the ninth', 9],
    ['Lawmakers return on the tenth to close a hole in the budget.', 'the tenth', 10],
    ['Inspectors come back on the ninth to patch the holes in the dam.', 'the ninth', 9],
    ['To close a hole in the budget, lawmakers return on the tenth.', 'the tenth', 10],
  ])('still reads "%s", said on 8 April 1998, as that day of April', (text, words, day) => {
    const found = [[words, dayOfMonth('1998-04-08', day)]];
    expect(read(text, '1998-04-08')).toEqual([found, found]);
  });
});

describe('a spoken day of the month in a sentence that names golf or baseball only after it, or not as play', () => {
  it.each([
    ['Pitchers and catchers are due in Florida on the twelfth.', '1998-02-02', 'the twelfth', 12],
    [
      'The Masters begins on the ninth, and the first tee time is at eight.',
      '1998-04-06',
      'the ninth',
      9,
    ],
    [
      'The legislature reconvenes on the ninth to close a hole in the budget.',
      '1998-03-02',
      'the ninth',
      9,
    ],
    [
      'The governor, an avid golfer, returns on the fifth from his trade mission.',
      '1998-02-02',
      'the fifth',
      5,
    ],
    [
      'The city council meets on the twelfth to vote on the new golf course.',
      '1998-03-05',
      'the twelfth',
      12,
    ],
    [
      'The home opener starts on the tenth in the Bronx, with both teams’ best pitchers rested.',
      '1998-04-01',
      'the tenth',
      10,
    ],
  ])('reads "%s", said on %s, as that day of the month', (text, published, words, day) => {
    const found = [[words, dayOfMonth(published, day)]];
    expect(read(text, published)).toEqual([found, found]);
  });

  it('still reads nothing in "The golfers who missed the cut start on the eighteenth in the rain", said on 11 April 1998', () => {
    expect(
      read('The golfers who missed the cut start on the eighteenth in the rain.', '1998-04-11'),
    ).toEqual([[], []]);
  });
});
