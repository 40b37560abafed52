import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { durationValue } from './readDurations.ts';
import { WEEKDAY_NAMES } from './weekdayNames.ts';

// A Wednesday.
const MARCH_12 = { published: '2025-03-12', locale: 'en-US' } as const;
const read = (text: string) =>
  findMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);
const readTimeml = (text: string) =>
  findTimemlMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);

/** The TIMEX SET value of every `weekday` (ISO numbering, Monday 1 … Sunday 7). */
const everyWeekday = (name: (typeof WEEKDAY_NAMES)[number]) =>
  `XXXX-WXX-${WEEKDAY_NAMES.indexOf(name) || 7}`;

describe('recurrences that skip a turn', () => {
  it('reads a weekday every other week as a SET of that weekday, not one day', () => {
    expect(read('The council meets every other Thursday.')).toEqual([
      ['every other Thursday', 'SET', everyWeekday('thursday')],
    ]);
    expect(read('Bins are emptied every second Sunday.')).toEqual([
      ['every second Sunday', 'SET', everyWeekday('sunday')],
    ]);
  });

  it('reads every other weekend as the recurring weekend', () => {
    expect(read('He sees his children every other weekend.')).toEqual([
      ['every other weekend', 'SET', 'XXXX-WXX-WE'],
    ]);
  });

  it('counts an ordinal step over a unit as that many units', () => {
    expect(read('The fleet is inspected every second month.')).toEqual([
      ['every second month', 'SET', 'P2M'],
    ]);
    expect(read('Rates are reviewed every third year.')).toEqual([
      ['every third year', 'SET', 'P3Y'],
    ]);
  });

  it('does not read "each other" as a recurrence', () => {
    expect(read('The rivals saw each other days later.').map(([, type]) => type)).not.toContain(
      'SET',
    );
  });
});

describe('recurrences within a day', () => {
  it('reads every so many minutes or hours as a SET with that step, not a length of time', () => {
    expect(read('Trains run every 15 minutes.')).toEqual([
      ['every 15 minutes', 'SET', durationValue(15, 'minute')],
    ]);
    expect(read('The patient was checked every two hours.')).toEqual([
      ['every two hours', 'SET', durationValue(2, 'hour')],
    ]);
  });

  it('reads every hour and every minute as SETs of one unit', () => {
    expect(read('The bulletin is updated every hour.')).toEqual([
      ['every hour', 'SET', durationValue(1, 'hour')],
    ]);
    expect(read('Prices change every minute.')).toEqual([
      ['every minute', 'SET', durationValue(1, 'minute')],
    ]);
  });

  it('does not read every hour or every minute of a saying, a subject or "of" as a recurrence', () => {
    for (const text of [
      'Every hour counts, the minister said.',
      'Every minute we wait costs lives, the surgeon said.',
      'He worked every hour God sent.',
      'Counting every minute of overtime, she earned more.',
    ])
      expect(read(text).filter(([words]) => /^every/i.test(words!))).toEqual([]);
    expect(read('The toll was 40 every hour at its peak.')).toEqual([
      ['every hour', 'SET', durationValue(1, 'hour')],
    ]);
  });

  it('does not read a rate per hour or per minute as a recurrence', () => {
    expect(read('The car was doing 70 miles per hour.')).toEqual([]);
    expect(read('His heart beat 180 times per minute.')).toEqual([]);
  });
});

describe('counts of units in a row', () => {
  it.each([
    'He stayed for 12 more months before the vote.',
    'They held on for 18 difficult months before the crash.',
  ])('reads no units before a time after a count with any word between in %j', (text) => {
    expect(read(text).filter(([words]) => /^months before/.test(words!))).toEqual([]);
  });

  it.each([
    ['Prices had risen for 12 consecutive months before the fall.', '12 consecutive months', 12],
    ['Sales grew for three straight years after the merger.', 'three straight years', 3],
  ])('reads %j as a count of units, not units before or after a time', (text, words, amount) => {
    const unit = words.split(' ').at(-1)!;
    expect(read(text)).toEqual([[words, 'DURATION', durationValue(amount, unit)]]);
  });
});

describe('a full or whole unit', () => {
  it("reads 'a full year' and 'a whole week' as one unit, in both readings", () => {
    const text = 'The hostages have been held for a full year.';
    expect(read(text)).toEqual([['a full year', 'DURATION', 'P1Y']]);
    expect(readTimeml(text)).toEqual([['a full year', 'DURATION', 'P1Y']]);
    expect(read('The city has been without power for a whole week.')).toEqual([
      ['a whole week', 'DURATION', 'P1W'],
    ]);
    expect(read('Rescuers dug for two full days.')).toEqual([['two full days', 'DURATION', 'P2D']]);
  });

  it("reads no length in a fiscal 'full year' or 'full-year' forecast", () => {
    expect(read('The company cut its full-year forecast.')).toEqual([]);
    expect(
      read('Sales for the full year rose 4%.').filter(([, type]) => type === 'DURATION'),
    ).toEqual([]);
  });
});

describe('one unit more', () => {
  it("reads 'another week' as a length of one week in both readings", () => {
    const text = 'The lights may not come back on for another week.';
    expect(read(text)).toEqual([['another week', 'DURATION', 'P1W']]);
    expect(readTimeml(text)).toEqual([['another week', 'DURATION', 'P1W']]);
    expect(read('Another year of talks lies ahead.')).toEqual([
      ['Another year', 'DURATION', 'P1Y'],
    ]);
  });

  it("reads 'another week' a truce or a vote is extended or put off by as one week more", () => {
    const text = 'The truce was extended by another week.';
    expect(read(text)).toEqual([['another week', 'DURATION', 'P1W']]);
    expect(readTimeml(text)).toEqual([['another week', 'DURATION', 'P1W']]);
    expect(read('The vote was postponed by another month.')).toEqual([
      ['another month', 'DURATION', 'P1M'],
    ]);
    expect(read('The launch has been pushed back by another day.')).toEqual([
      ['another day', 'DURATION', 'P1D'],
    ]);
  });

  it("reads 'another day' after a 'by' no verb extends by only where a filler follows it", () => {
    expect(read('The city was hit by another day of heavy rain.')).toEqual([
      ['another day', 'DURATION', 'P1D'],
    ]);
    expect(read('The record was broken by another day trader.')).toEqual([]);
  });

  it("keeps the count after 'another' and reads no length where no unit follows it", () => {
    expect(read('He will stay another two years.')).toEqual([['two years', 'DURATION', 'P2Y']]);
    expect(read('It was another second-half collapse.')).toEqual([]);
    expect(read('They met one way or another.')).toEqual([]);
  });

  it("leaves 'another day' that tells no length unread: 'a story for another day', 'fight another day', 'Another day, another record', 'just another day'", () => {
    for (const text of [
      'That is a story for another day.',
      'The team lives to fight another day.',
      'Another day, another record for the Dow.',
      'It was just another day at the office for Smith.',
    ])
      expect(read(text), text).toEqual([]);
    // Near miss: a length told by "for" stays one unit more.
    expect(read('The market will stay shut for another day.')).toEqual([
      ['another day', 'DURATION', 'P1D'],
    ]);
  });

  it("reads no single year in 'for another year or two', a vague length", () => {
    expect(read('The Fed is expected to hold rates for another year or two.')).not.toContainEqual([
      'another year',
      'DURATION',
      'P1Y',
    ]);
  });
});

describe('a day in the name of a thing', () => {
  it.each([
    ['The building is a day care center.'],
    ['She opened a day-care centre for 40 children.'],
    ['He kept a day job as a cook.'],
  ])("reads no length of time in %j ('a day care center')", (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['The city will hold a three-day job fair next week.', 'three-day', 'P3D'],
    ['She took a two-day job training course in January.', 'two-day', 'P2D'],
    ['Staff ran a five-day care package drive.', 'five-day', 'P5D'],
  ])('still reads %j as a length of days, the count being more than "a"', (text, words, value) => {
    expect(read(text)).toContainEqual([words, 'DURATION', value]);
  });

  it('still reads a day before another noun as a length of time', () => {
    expect(read('The strike cost a day of classes.')).toEqual([['a day', 'DURATION', 'P1D']]);
    expect(read('The strike lasted a day.')).toEqual([['a day', 'DURATION', 'P1D']]);
  });
});

describe('durations in seconds', () => {
  it('reads a count of seconds as a duration, not a clock time of the day', () => {
    expect(read('The guard opened fire within three seconds of the warning.')).toEqual([
      ['three seconds', 'DURATION', 'PT3S'],
    ]);
    expect(read('The rocket burned for 90 seconds.')).toEqual([
      ['90 seconds', 'DURATION', 'PT90S'],
    ]);
    expect(read('The party bought a 30-second spot.')).toEqual([
      ['30-second', 'DURATION', 'PT30S'],
    ]);
  });

  it('leaves a race time in seconds with a decimal unmarked', () => {
    expect(read('Lyles won the final in 9.79 seconds.')).toEqual([]);
  });

  it('leaves a race time in seconds with a decimal comma unmarked, not as its last digits', () => {
    expect(read('He ran the 100 metres in 9,8 seconds.')).toEqual([]);
    expect(read('She won the sprint in 10,92 seconds.')).toEqual([]);
  });

  it('leaves "the world record still stands at nine point eight four seconds", a race time spoken, unmarked in both readings, not as "four seconds"', () => {
    const text = "Donovan Bailey's world record still stands at nine point eight four seconds.";
    expect(read(text)).toEqual([]);
    expect(readTimeml(text)).toEqual([]);
    expect(read('Shimizu skated the five hundred in thirty-five point five nine seconds.')).toEqual(
      [],
    );
  });

  it('still reads "ninety seconds" and "rose one point, two seconds after the bell" as lengths', () => {
    expect(read('the rocket burned for ninety seconds.')).toEqual([
      ['ninety seconds', 'DURATION', 'PT90S'],
    ]);
    expect(read('the index rose one point, two seconds after the bell.')).toEqual([
      ['two seconds', 'DURATION', 'PT2S'],
    ]);
  });

  it('still reads "the winning point eight seconds before the final whistle", a point scored and no decimal, as PT8S (review)', () => {
    expect(
      read('Johnson scored the winning point eight seconds before the final whistle.'),
    ).toEqual([['eight seconds', 'DURATION', 'PT8S']]);
    expect(read('the match point came three seconds later.')).toEqual([
      ['three seconds', 'DURATION', 'PT3S'],
    ]);
  });

  it('leaves "a second" as the ordinal it is', () => {
    expect(read('The winger scored a second-half goal.')).toEqual([]);
    expect(read('She is seeking a second term.')).toEqual([]);
    expect(read('Prices fell for a second straight month.')).toEqual([]);
  });
});

describe('recurrences of a fortnight and of half an hour', () => {
  it('reads every fortnight, fortnightly and biweekly as a SET of two weeks', () => {
    expect(read('The bins are collected every fortnight.')).toEqual([
      ['every fortnight', 'SET', 'P2W'],
    ]);
    expect(read('The board meets each fortnight.')).toEqual([['each fortnight', 'SET', 'P2W']]);
    expect(read('The magazine is published fortnightly.')).toEqual([['fortnightly', 'SET', 'P2W']]);
    expect(read('The council meets biweekly.')).toEqual([['biweekly', 'SET', 'P2W']]);
    expect(read('Workers are paid bi-weekly.')).toEqual([['bi-weekly', 'SET', 'P2W']]);
  });

  it('reads every half hour as a SET of thirty minutes', () => {
    expect(read('Buses run every half hour.')).toEqual([['every half hour', 'SET', 'PT30M']]);
    expect(read('Trains leave every half-hour from the station.')).toEqual([
      ['every half-hour', 'SET', 'PT30M'],
    ]);
  });

  it('keeps a fortnight or half an hour that does not recur a length of time, and a saying none', () => {
    expect(read('The talks took a fortnight.')).toEqual([['a fortnight', 'DURATION', 'P2W']]);
    expect(read('He spent half an hour there.')).toEqual([['half an hour', 'DURATION', 'PT30M']]);
    expect(read('Every half hour matters, the surgeon said.')).toEqual([]);
  });

  it('reads a capitalised Fortnightly inside a sentence as a name, not a SET', () => {
    expect(read('She writes for the Fortnightly Review.')).toEqual([]);
    expect(read('Fortnightly collections start in May.')[0]).toEqual(['Fortnightly', 'SET', 'P2W']);
  });

  it("reads a capitalised 'Daily' or 'Weekly' inside a sentence before a capitalised word as a name ('the Daily Mail'), not a SET", () => {
    expect(read('The Daily Mail published the photos.')).toEqual([]);
    expect(read('He told the Weekly Standard he would run.')).toEqual([]);
    expect(read('She was a guest on The Daily Show last week.').map(([t]) => t)).toEqual([
      'last week',
    ]);
  });

  it.each([
    ['Jobless Claims Rise Weekly As Layoffs Mount', 'Weekly', 'P1W'],
    ['Take the pills Daily With food, the label says.', 'Daily', 'P1D'],
  ])(
    "still reads a capitalised rate word in %j as a SET, a headline's function word following it",
    (text, words, value) => {
      expect(read(text)).toContainEqual([words, 'SET', value]);
    },
  );

  it("still reads 'daily' or a 'Daily' opening a sentence as a SET", () => {
    expect(read('The daily briefing was cancelled.')).toEqual([['daily', 'SET', 'P1D']]);
    expect(read('Daily Covid briefings ended in May.')[0]).toEqual(['Daily', 'SET', 'P1D']);
    expect(read('Prices are checked Daily, the firm said.')[0]).toEqual(['Daily', 'SET', 'P1D']);
  });
});

describe('a length as an adjective after "a"', () => {
  it('reads "a year-long inquiry" as "year-long", the article left out', () => {
    expect(read('The report followed a year-long inquiry.')).toEqual([
      ['year-long', 'DURATION', 'P1Y'],
    ]);
  });

  it('reads "a century-old bridge" as "century-old"', () => {
    expect(read('Workers repaired a century-old bridge.')).toEqual([
      ['century-old', 'DURATION', 'P100Y'],
    ]);
  });

  it('keeps a count in words in the extent ("a two-year-long project")', () => {
    expect(read('It was a two-year-long project.')).toEqual([['two-year-long', 'DURATION', 'P2Y']]);
  });

  it('reads no length in "a day" after a count of things, which is a rate ("600 trucks a day"): nothing to the news reading, a set in TimeML mode', () => {
    for (const [text, words, value] of [
      ['The port handles 600 trucks a day.', 'a day', 'P1D'],
      ['The ferry makes six crossings a week.', 'a week', 'P1W'],
      ['Volunteers serve 2,000 hot meals a month.', 'a month', 'P1M'],
      ['Thousands of migrants a year cross the channel.', 'a year', 'P1Y'],
    ] as const) {
      expect(read(text)).toEqual([]);
      expect(readTimeml(text)).toEqual([[words, 'SET', value]]);
    }
  });

  it('reads no time in "a day" after the nouns a rate most often counts ("1,000 people a day"), in either reading', () => {
    for (const text of [
      'Ten people a day were dying of the disease.',
      'About 1,000 people a day are crossing into Poland.',
      'The hospital sees hundreds of people a day.',
      'The park draws more visitors a year than the Louvre.',
      'Some 20 children a day are treated at the clinic.',
      'The firm hires 300 staff a week.',
      'More than 1,000 patients a day were stuck in hospital.',
      'The unit treats about 40 patients a week.',
    ]) {
      expect(read(text), text).toEqual([]);
      expect(readTimeml(text), text).toEqual([]);
    }
  });

  it('reads "a week early" after a count as how far off, a length, not a rate: "The ward discharged patients a week early", "The firm delivered 600 cars a week late"', () => {
    for (const text of [
      'The ward discharged patients a week early to free beds.',
      'The firm delivered 600 cars a week late.',
    ]) {
      expect(read(text), text).toEqual([['a week', 'DURATION', 'P1W']]);
      expect(readTimeml(text), text).toEqual([['a week', 'DURATION', 'P1W']]);
    }
  });

  it("reads a bare plural unit before 'of' after a verb of sequence or opening a sentence ('The release followed weeks of negotiations', 'Years of war') as an uncounted length, in both readings", () => {
    for (const [text, words, value] of [
      ['The release followed weeks of negotiations.', 'weeks', 'PXW'],
      ['Years of war have left the city in ruins.', 'Years', 'PXY'],
      ['The deal came despite months of delays.', 'months', 'PXM'],
    ] as const) {
      expect(read(text), text).toEqual([[words, 'DURATION', value]]);
      expect(readTimeml(text), text).toEqual([[words, 'DURATION', value]]);
    }
    // Near misses: a determiner before the unit, or "of the" after it, names no length.
    expect(read('He counted the weeks of March.')).toEqual([['March', 'DATE', '2025-03']]);
    expect(read('The firm followed days of the week in its planning.')).not.toContainEqual([
      'days',
      'DURATION',
      'PXD',
    ]);
  });

  it("leaves 'with days of supply' and 'with years of experience' unread: a measure or a quality, not a length of time gone by", () => {
    expect(
      read('Inventories ended the quarter with days of supply below 30.').map((m) => m[2]),
    ).not.toContain('PXD');
    expect(read('Candidates with years of experience are preferred.')).toEqual([]);
    // Near miss: after a verb of sequence it is still a length.
    expect(read('The deal came despite months of delays.')).toEqual([
      ['months', 'DURATION', 'PXM'],
    ]);
  });

  it('reads a count of a unit in each larger one ("seven days a week", "24 hours a day") as a set of the larger unit in TimeML mode, whole, and as no time to the news reading', () => {
    for (const [text, words, value] of [
      ['The hotline is staffed seven days a week.', 'seven days a week', 'P1W'],
      ['The store is open 24 hours a day.', '24 hours a day', 'P1D'],
      ['The plant runs five days per week.', 'five days per week', 'P1W'],
      ['Miners work 11 months a year.', '11 months a year', 'P1Y'],
    ] as const) {
      expect(read(text), text).toEqual([]);
      expect(readTimeml(text), text).toEqual([[words, 'SET', value]]);
    }
    expect(readTimeml('Crews worked eight hours a day, six days a week, for a month.')).toEqual([
      ['eight hours a day', 'SET', 'P1D'],
      ['six days a week', 'SET', 'P1W'],
      ['a month', 'DURATION', 'P1M'],
    ]);
  });

  it('still reads two lengths when the larger unit is a point of its own or the units run the wrong way ("three days a week before the vote", "two weeks a day")', () => {
    expect(read('The strike lasted three days a week before the vote.')).toContainEqual([
      'three days',
      'DURATION',
      'P3D',
    ]);
    expect(read('The strike lasted three days a week before the vote.')).not.toContainEqual(
      expect.arrayContaining(['SET']),
    );
    expect(readTimeml('The course takes two weeks a day after enrolment.')).toContainEqual([
      'two weeks',
      'DURATION',
      'P2W',
    ]);
  });

  it('reads "in three days a week ahead of Thanksgiving" as two lengths: a larger unit before "ahead of", "from" or "before" is a time phrase of its own', () => {
    const text = 'The storm dumped 20 inches of snow in three days a week ahead of Thanksgiving.';
    for (const found of [read(text), readTimeml(text)]) {
      expect(found).toContainEqual(['three days', 'DURATION', 'P3D']);
      expect(found).toContainEqual(['a week', 'DURATION', 'P1W']);
      expect(found.map((f) => f[1])).not.toContain('SET');
    }
  });

  it('reads "an hour a day" as a set of days in TimeML mode and as no time to the news reading, as "24 hours a day"', () => {
    expect(readTimeml('He walks an hour a day.')).toEqual([['an hour a day', 'SET', 'P1D']]);
    expect(read('He walks an hour a day.')).toEqual([]);
    expect(readTimeml('She volunteers a day a week.')).toEqual([['a day a week', 'SET', 'P1W']]);
  });

  it('reads a count of things with up to three words before the noun as a rate ("600 heavy goods lorries a day")', () => {
    const text = 'The bridge carries 600 heavy goods lorries a day.';
    expect(read(text)).toEqual([]);
    expect(readTimeml(text)).toEqual([['a day', 'SET', 'P1D']]);
  });

  it('still reads a length after a count of time units or a noun with no count', () => {
    expect(read('He was jailed for three years a decade ago.').map((m) => m[2])).toContain('P3Y');
    expect(read('The two sides met for talks a week ago.').map((m) => m[0])).toEqual([
      'a week ago',
    ]);
    expect(read('The drivers waited a day at the border.')).toEqual([['a day', 'DURATION', 'P1D']]);
    expect(read('Three inspectors spent a week at the plant.')).toEqual([
      ['a week', 'DURATION', 'P1W'],
    ]);
  });

  it('keeps "a year" where no adjective follows ("lasted a year")', () => {
    expect(read('The inquiry lasted a year.')).toEqual([['a year', 'DURATION', 'P1Y']]);
  });
});

describe('a count and a half before its unit', () => {
  it('reads "two and a half years" and "two-and-a-half years" as the count plus half a unit', () => {
    expect(read('He served two and a half years in prison.')).toEqual([
      ['two and a half years', 'DURATION', durationValue(2.5, 'years')],
    ]);
    expect(read('Talks dragged on for two-and-a-half years.')).toEqual([
      ['two-and-a-half years', 'DURATION', durationValue(2.5, 'years')],
    ]);
  });

  it('reads "a two-and-a-half-hour set" as a length of two and a half hours', () => {
    expect(read('The band played a two-and-a-half-hour set.')).toEqual([
      ['two-and-a-half-hour', 'DURATION', durationValue(2.5, 'hours')],
    ]);
  });

  it('keeps a count joined by "and" to a half of something else out of it', () => {
    expect(read('He ate two and a half pies in three minutes.')).toEqual([
      ['three minutes', 'DURATION', 'PT3M'],
    ]);
    expect(read('She has two daughters and a half-brother, 10 years older.')).toEqual([
      ['10 years', 'DURATION', 'P10Y'],
    ]);
  });
});

describe('uncounted units joined by "or" or "to"', () => {
  it('reads "months or years" and "weeks to months" after a verb of taking as two spans', () => {
    expect(read('The process can take months or years.')).toEqual([
      ['months', 'DURATION', 'PXM'],
      ['years', 'DURATION', 'PXY'],
    ]);
    expect(read('Repairs could take weeks to months, engineers said.')).toEqual([
      ['weeks', 'DURATION', 'PXW'],
      ['months', 'DURATION', 'PXM'],
    ]);
  });

  it('keeps a plural after "or" with no span before it out', () => {
    expect(read('It is unclear whether the cuts or years of neglect caused it.')).toEqual([]);
  });
});

describe('readDurations: quarters counted in a row or of growth', () => {
  it("reads 'after six quarters of contraction' and 'three quarters in a row' as counted quarters", () => {
    expect(read('Britain left recession after six quarters of contraction.')).toEqual([
      ['six quarters', 'DURATION', 'P6Q'],
    ]);
    expect(read('The economy has grown three quarters in a row.')).toEqual([
      ['three quarters', 'DURATION', 'P3Q'],
    ]);
  });

  it('leaves three quarters as a fraction', () => {
    expect(read('Three quarters of growth came from exports.')).toEqual([]);
    expect(read('Three quarters of voters backed the plan.')).toEqual([]);
    expect(read('It won over three quarters of the seats.')).toEqual([]);
  });

  it("reads 'for three quarters of growth' and 'over three quarters of losses' as fractions", () => {
    expect(
      read('Exports accounted for three quarters of growth last year.').map(([t]) => t),
    ).toEqual(['last year']);
    expect(read('Over three quarters of losses came from the property unit.')).toEqual([]);
    expect(read('Consumer spending drove over two quarters of growth in the period.')).toEqual([]);
    expect(read('Shares fell following two quarters of losses.')).toEqual([
      ['two quarters', 'DURATION', 'P2Q'],
    ]);
  });

  it("reads 'three quarters straight' and 'two quarters running' as counted quarters", () => {
    expect(read('The economy shrank for three quarters straight.')).toEqual([
      ['three quarters', 'DURATION', 'P3Q'],
    ]);
    expect(read('Sales have fallen two quarters running.')).toEqual([
      ['two quarters', 'DURATION', 'P2Q'],
    ]);
  });
});

describe('readDurations: a game clock', () => {
  it("reads 'with 2:10 left' as a length of 2 minutes 10 seconds, not a time of day", () => {
    expect(read('Smith scored the winner with 2:10 left in the game.')).toEqual([
      ['2:10', 'DURATION', 'PT2M10S'],
    ]);
    expect(read('He hit a jumper with just 0:38 remaining.')).toEqual([
      ['0:38', 'DURATION', 'PT38S'],
    ]);
    expect(read('They scored with 5:00 to play.')).toEqual([['5:00', 'DURATION', 'PT5M']]);
  });

  it("reads 'With 10:00 left' opening a sentence as a game clock too", () => {
    expect(read('With 10:00 left in the half, Denver led 14-7.')).toEqual([
      ['10:00', 'DURATION', 'PT10M'],
    ]);
  });

  it('keeps a clock time with no game clock words a time of day', () => {
    const [time] = read('The polls close at 2:10 p.m.');
    expect(time?.[1]).toBe('TIME');
    const [left] = read('The train left at 2:10 p.m.');
    expect(left?.[1]).toBe('TIME');
  });
});

describe('a tens word joined to "second"', () => {
  it("reads 'from Forty-second to Fifty-ninth' and 'on Forty-second Street' as streets, no length", () => {
    expect(read('The streets from Forty-second to Fifty-ninth will be closed.')).toEqual([]);
    expect(readTimeml('He lived on forty-second street.')).toEqual([]);
    expect(read('It was the forty-second day of the strike.')).toEqual([]);
  });

  it('reads "on the twenty second of May", said on 10 April 1998, as 1998-05-22, no length', () => {
    const at = { published: '1998-04-10', locale: 'en-US' } as const;
    const day = (text: string) => findMentions(text, at).map((m) => [m.text, m.value] as const);
    expect(day('voters will be asked to approve the deal on the twenty second of May.')).toEqual([
      ['twenty second of May', '1998-05-22'],
    ]);
    expect(day('the vote is on May twenty second.')).toEqual([['May twenty second', '1998-05-22']]);
  });

  it("keeps 'twenty second spots' and 'for twenty seconds' as lengths", () => {
    expect(read('the ad runs in twenty second spots.')).toEqual([
      ['twenty second', 'DURATION', 'PT20S'],
    ]);
    expect(read('he held his breath for twenty seconds.')).toEqual([
      ['twenty seconds', 'DURATION', 'PT20S'],
    ]);
  });

  it("keeps 'a forty-second ad' and a sentence's opening 'Forty-second delays' as lengths", () => {
    expect(read('They ran a forty-second ad.')).toEqual([['forty-second', 'DURATION', 'PT40S']]);
    expect(readTimeml('Forty-second delays hit the line.')).toEqual([
      ['Forty-second', 'DURATION', 'PT40S'],
    ]);
  });

  it("keeps 'the thirty-second shot clock' and 'the thirty-second window' as lengths after 'the'", () => {
    expect(read('The thirty-second shot clock was introduced in 2000.')).toContainEqual([
      'thirty-second',
      'DURATION',
      'PT30S',
    ]);
    expect(read('Players have the thirty-second window to appeal the call.')).toEqual([
      ['thirty-second', 'DURATION', 'PT30S'],
    ]);
  });
});

describe('uncounted clock units', () => {
  it("reads 'within minutes of', 'for hours' and 'a few seconds' as uncounted durations", () => {
    for (const found of [
      read('The crown fell within minutes of the announcement.'),
      readTimeml('The crown fell within minutes of the announcement.'),
    ]) {
      expect(found).toEqual([['minutes', 'DURATION', 'PTXM']]);
    }
    expect(readTimeml('Families waited for hours in the cold.')).toEqual([
      ['hours', 'DURATION', 'PTXH'],
    ]);
    expect(readTimeml('The shaking lasted a few seconds.')).toEqual([
      ['a few seconds', 'DURATION', 'PTXS'],
    ]);
  });

  it("leaves 'after hours', the time a market is shut, alone", () => {
    expect(readTimeml('Shares slipped in trading after hours.')).toEqual([]);
    expect(read('Shares slipped in trading after hours.')).toEqual([]);
  });
});

describe('rates written with a short amount', () => {
  it.each([
    'Network Rail spends about £30m a year on drainage.',
    'The mission costs €1.1bn a year to run.',
    'Interns are paid $40k a year.',
  ])('reads no time in the rate of %j, as in "$5 billion a year"', (text) => {
    expect(read(text)).toEqual([]);
    expect(readTimeml(text)).toEqual([]);
  });

  it("keeps 'a year' after a word that is no amount as a duration", () => {
    expect(readTimeml('The repairs took a year.')).toEqual([['a year', 'DURATION', 'P1Y']]);
  });
});

describe('"over" before a count', () => {
  it("reads 'deliberated for 11 hours over three days' as across three days, no bound", () => {
    const text = 'Jurors deliberated for 11 hours over three days.';
    expect(readTimeml(text)).toEqual([
      ['11 hours', 'DURATION', 'PT11H'],
      ['three days', 'DURATION', 'P3D'],
    ]);
    expect(findTimemlMentions(text, MARCH_12)[1]?.mod).toBeUndefined();
    expect(read('The storm killed 90 people over two days.')).toEqual([
      ['two days', 'DURATION', 'P2D'],
    ]);
  });

  it("keeps 'over' as the bound after a verb of lasting, 'for', or before 'ago'", () => {
    expect(readTimeml('The tour will last over a week.')).toEqual([
      ['over a week', 'DURATION', 'P1W'],
    ]);
    expect(readTimeml('He has been held for over three days.')).toEqual([
      ['over three days', 'DURATION', 'P3D'],
    ]);
    expect(readTimeml('He left over three years ago.')).toEqual([
      ['over three years ago', 'DATE', '2022'],
    ]);
  });
});

describe('a count of times before a recurrence', () => {
  it("reads 'twice daily' and 'once every 36 hours' whole, as 'twice a week' is", () => {
    expect(readTimeml('Officials post updates twice daily.')).toEqual([
      ['twice daily', 'SET', 'P1D'],
    ]);
    expect(readTimeml('The probe circles the asteroid once every 36 hours.')).toEqual([
      ['once every 36 hours', 'SET', 'PT36H'],
    ]);
  });

  it("leaves 'once' that is no count of times out ('Once every seat was sold', 'He once ran daily')", () => {
    expect(readTimeml('Once every seat was sold, the doors closed.')).toEqual([]);
    expect(readTimeml('He once ran daily.')).toEqual([['daily', 'SET', 'P1D']]);
  });

  it("reads 'The comet returns once a decade' as a set of ten years, and 'twice a century' of a hundred", () => {
    for (const find of [read, readTimeml]) {
      expect(find('The comet returns once a decade.')).toEqual([['once a decade', 'SET', 'P10Y']]);
      expect(find('Such floods happen twice a century.')).toEqual([
        ['twice a century', 'SET', 'P100Y'],
      ]);
    }
  });

  it.each([
    'The project, once a decade-long dream of city planners, opened Monday.',
    'The building, once a century-old textile mill, now houses 80 apartments.',
    'The 1960s, once a decade of promise, ended in riots and assassinations.',
    "The mill, once a century of the town's livelihood, closed in 1982.",
  ])('reads no set in %j: "once" is formerly, the decade or century a noun of its own', (text) => {
    for (const find of [read, readTimeml]) {
      expect(find(text).filter(([, type]) => type === 'SET')).toEqual([]);
    }
  });

  it("leaves 'a decade ago' a date, not a set", () => {
    expect(read('The plant closed a decade ago.')).toEqual([['a decade ago', 'DATE', '2015']]);
  });
});

describe('uncounted clock units: near misses', () => {
  it.each([
    'The Fed said in minutes released Wednesday that it was in no hurry to cut.',
    'Staff will be paid for the hours they worked.',
    'Diners kept going back for seconds.',
  ])('reads no length in "%s"', (text) => {
    for (const found of [read(text), readTimeml(text)]) {
      expect(found.filter(([, type]) => type === 'DURATION')).toEqual([]);
    }
  });
});

describe('"over" as a bound after a verb or a noun with no count', () => {
  it.each([
    ['They have been married over 50 years.', 'over 50 years', 'P50Y'],
    ['She has worked at the plant over 20 years.', 'over 20 years', 'P20Y'],
  ])('keeps "over" the bound, in the extent, in "%s"', (text, words, value) => {
    expect(read(text)).toEqual([[words, 'DURATION', value]]);
    expect(readTimeml(text)).toEqual([[words, 'DURATION', value]]);
  });
});

describe('readDurations: spans looked at, and a second span after "if not" or "or even"', () => {
  it("reads 'looking at weeks, if not months' as two uncounted spans, in both readings", () => {
    expect(read('We are looking at weeks, if not months, of repairs.')).toEqual([
      ['weeks', 'DURATION', 'PXW'],
      ['months', 'DURATION', 'PXM'],
    ]);
    expect(readTimeml('We are looking at weeks, if not months, of repairs.')).toEqual([
      ['weeks', 'DURATION', 'PXW'],
      ['months', 'DURATION', 'PXM'],
    ]);
    expect(read('Officials are looking at months of work.')).toEqual([
      ['months', 'DURATION', 'PXM'],
    ]);
  });

  it("reads the second span of 'months, if not years' and 'days, or even weeks'", () => {
    expect(read('The work will take months, if not years.')).toEqual([
      ['months', 'DURATION', 'PXM'],
      ['years', 'DURATION', 'PXY'],
    ]);
    expect(read('The fix could take days, or even weeks.')).toEqual([
      ['days', 'DURATION', 'PXD'],
      ['weeks', 'DURATION', 'PXW'],
    ]);
  });

  it('reads no span in units looked at that are named themselves, nor before their names', () => {
    expect(read('Looking at weeks 3 and 4, sales rose.')).toEqual([]);
    expect(read('He looks at days like this with dread.')).toEqual([]);
    expect(
      read('The committee is looking at months of May and June for the vote.').filter(
        ([, type]) => type === 'DURATION',
      ),
    ).toEqual([]);
  });
});

describe('a decade or a century and a half', () => {
  it('reads "It took a decade and a half." as fifteen years and "a century and a half" as 150', () => {
    const value = (text: string) =>
      findMentions(text, { published: '2024-06-12', locale: 'en-US' }).map((m) => m.value);
    expect(value('It took a decade and a half.')).toEqual(['P15Y']);
    expect(value('It took two and a half decades.')).toEqual(['P25Y']);
    expect(value('The bridge stood for a century and a half.')).toEqual(['P150Y']);
  });
});

describe('lengths said to be short and uncounted recurrences', () => {
  it("reads 'in a matter of hours' and 'within a matter of days' as uncounted lengths", () => {
    expect(read('The levee gave way in a matter of hours.')).toEqual([
      ['a matter of hours', 'DURATION', 'PTXH'],
    ]);
    expect(read('Crews expect to restore power within a matter of days.')).toEqual([
      ['a matter of days', 'DURATION', 'PXD'],
    ]);
  });

  it('does not read a matter that names no unit of time', () => {
    expect(read('For the governor it is a matter of principle.')).toEqual([]);
    expect(read('It is a matter of time before the dam fails.')).toEqual([]);
  });

  it("reads 'several times a day' and 'many times a year' as sets, as 'three times a day' is", () => {
    expect(read('The president tweets several times a day.')).toEqual([
      ['several times a day', 'SET', 'P1D'],
    ]);
    expect(read('The river floods many times a year.')).toEqual([
      ['many times a year', 'SET', 'P1Y'],
    ]);
    expect(read('Nurses check the patients a few times a week.')).toEqual([
      ['a few times a week', 'SET', 'P1W'],
    ]);
  });

  it('does not read a number of times with no unit after it', () => {
    expect(read('He has met the governor several times.')).toEqual([]);
  });
});

describe('a count of times before a possessive unit', () => {
  it("does not read 'The bonus was worth ten times a year's pay' as a set", () => {
    expect(read("The bonus was worth ten times a year's pay.")).toEqual([]);
    expect(readTimeml("The bonus was worth ten times a year's pay.")).toEqual([]);
    expect(read('The fine was five times a month’s wages.')).toEqual([]);
  });

  it("still reads 'ten times a year' as a set", () => {
    expect(read('The board meets ten times a year.')).toEqual([['ten times a year', 'SET', 'P1Y']]);
  });
});
