import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// The clocks read in the news reading of text said on Friday 8 August 2025.
const clocksOnAugust8 = (text: string) =>
  findMentions(text, { published: '2025-08-08', locale: 'en-US' })
    .filter((m) => m.type === 'TIME')
    .map((m) => [m.text, m.value]);

// A Tuesday.
const DEC_30 = { published: '1997-12-30', locale: 'en-US' } as const;
const news = (text: string) =>
  findMentions(text, DEC_30).map((m) => [m.text, m.type, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, DEC_30).map((m) => [m.text, m.type, m.value] as const);

describe('clock times in words with a.m., p.m. or a zone', () => {
  it("reads 'two p.m.' and 'four thirty a.m.' as those clock times, in both readings", () => {
    expect(news('The clerk announced the result at two p.m.')).toEqual([
      ['two p.m.', 'TIME', '1997-12-30T14:00'],
    ]);
    expect(timeml('The crew had been aboard since four thirty a.m. and waited.')).toEqual([
      ['four thirty a.m.', 'TIME', '1997-12-30T04:30'],
    ]);
    expect(news('The doors shut at twelve p.m. and reopened at twelve a.m.')).toEqual([
      ['twelve p.m.', 'TIME', '1997-12-30T12:00'],
      ['twelve a.m.', 'TIME', '1997-12-30T00:00'],
    ]);
  });

  it("reads minutes as 'oh-five' or 'fifty-two' and takes a zone after the clock into its words", () => {
    expect(timeml('At five p.m. Eastern time the storm was offshore.')).toEqual([
      ['five p.m. Eastern time', 'TIME', '1997-12-30T17:00'],
    ]);
    expect(news('The first train left at six oh-five a.m.')).toEqual([
      ['six oh-five a.m.', 'TIME', '1997-12-30T06:05'],
    ]);
    expect(timeml('Launch is set for seven fifteen Eastern daylight time.')).toEqual([
      ['seven fifteen Eastern daylight time', 'TIME', '1997-12-30T07:15'],
    ]);
  });

  it("reads a spoken clock on the day named with it: 'Saturday at six fifty-two a.m.', 'one a.m. on New Year's Day'", () => {
    expect(timeml('The window opens Saturday at six fifty-two a.m.')).toEqual([
      ['Saturday', 'DATE', '1998-01-03'],
      ['six fifty-two a.m.', 'TIME', '1998-01-03T06:52'],
    ]);
    expect(timeml("Bars must close at one a.m. on New Year's Day.")).toEqual([
      ["one a.m. on New Year's Day", 'TIME', '1998-01-01T01:00'],
    ]);
  });

  it("reads 'at three in the afternoon' and 'at eleven at night' as clocks of that part of the day", () => {
    expect(news('Gates open at three in the afternoon.')).toEqual([
      ['three in the afternoon', 'TIME', '1997-12-30T15:00'],
    ]);
    expect(timeml('She phoned at eleven at night.')).toEqual([
      ['eleven at night', 'TIME', '1997-12-30T23:00'],
    ]);
  });

  it("reads 'at about four in the morning' and 'around five in the morning' as clocks of that part of the day", () => {
    expect(timeml('At about four in the morning we heard shooting.')).toEqual([
      ['four in the morning', 'TIME', '1997-12-30T04:00'],
    ]);
    expect(news('Shooting began at about four in the afternoon.')).toEqual([
      ['at about four in the afternoon', 'TIME', '1997-12-30T16:00'],
    ]);
    expect(news('Troops went in around five in the morning.')).toEqual([
      ['around five in the morning', 'TIME', '1997-12-30T05:00'],
    ]);
  });

  it("reads no clock in 'about four' with no part of the day after it", () => {
    expect(timeml('There were about four in the room in the morning.')).toEqual([
      ['the morning', 'TIME', '1997-12-30TMO'],
    ]);
    expect(news('About four of the hostages were freed.')).toEqual([]);
  });

  it("reads no clock in words without a.m., p.m., a zone or 'at', nor in a count before a noun", () => {
    expect(news('He sold two fifteen-year-old cars.')).toEqual([
      ['fifteen-year-old', 'DURATION', 'P15Y'],
    ]);
    expect(timeml('The score was nine twenty.')).toEqual([]);
    expect(news('She paid at nine twenty-dollar stalls.')).toEqual([]);
    expect(news('Ten thirty Pacific Ocean cruises were sold.')).toEqual([]);
    expect(news('Three in the afternoon session voted no.')).toEqual([]);
  });
});

describe("an hour and its minutes in words after 'at'", () => {
  it("reads 'at nine twenty Wednesday night' as that clock on that night, one TimeML expression", () => {
    const text = 'The flight left Boston at nine twenty Wednesday night, bound for Nantucket.';
    expect(timeml(text)).toEqual([['nine twenty Wednesday night', 'TIME', '1997-12-24T21:20']]);
    expect(news('At eleven forty-five the doors closed.')).toEqual([
      ['eleven forty-five', 'TIME', '1997-12-30T11:45'],
    ]);
  });

  it('reads the clock past noon after an afternoon named in the sentence before', () => {
    expect(news('Divers worked all afternoon. The box was found at two fifteen.')).toContainEqual([
      'two fifteen',
      'TIME',
      '1997-12-30T14:15',
    ]);
  });

  it("reads no clock in a weight, a height, a price, an address or a shop after 'at' with no part of the day", () => {
    const march = { published: '2025-03-12', locale: 'en-US' } as const;
    const clocks = (text: string) =>
      findMentions(text, march)
        .filter((m) => m.type === 'TIME')
        .map((m) => m.text);
    expect(
      clocks('Pacquiao weighed in at one forty-seven on Friday, a pound under the limit.'),
    ).toEqual([]);
    expect(clocks('Standing at six ten, the centre is the tallest player in the draft.')).toEqual(
      [],
    );
    expect(clocks('He was working at Seven Eleven on Main Street when he was shot.')).toEqual([]);
    expect(clocks('Gas was selling at three forty-nine in Ohio on Tuesday.')).toEqual([]);
    expect(clocks('Police said the suspect lives at eleven twenty on Elm Street.')).toEqual([]);
    expect(
      clocks('The unemployment rate stood at four twenty-five last month by one private measure.'),
    ).toEqual([]);
    expect(clocks('At two fifteen the next morning, the alarm sounded.')).toEqual([]);
  });

  it("reads no clock in a price or a count after 'at' ('at nine twenty dollars')", () => {
    expect(news('Shares sold at nine twenty dollars.')).toEqual([]);
    expect(news('Voters at nine twenty polling places waited.')).toEqual([]);
  });

  it("reads no clock in 'About ten in the morning shift were taken to hospital': a count before the noun it qualifies", () => {
    const at = (published: string) => ({ published, locale: 'en-US' }) as const;
    const read = (text: string, published: string) =>
      findMentions(text, at(published)).map((m) => [m.text, m.value]);
    expect(
      read(
        'About ten in the morning shift were taken to hospital with fume inhalation.',
        '2013-08-22',
      ),
    ).toEqual([]);
    expect(
      read(
        'Of the 40 nurses, about twelve in the evening team have quit since June.',
        '2013-08-22',
      ),
    ).toEqual([['June', '2013-06']]);
    expect(
      findTimemlMentions(
        'Around eight in the morning group reported side effects, the study found.',
        at('2013-08-22'),
      ),
    ).toEqual([]);
  });

  it("reads 'about two in the morning on Saturday' as that Saturday at 02:00, not a clock on the day of publication", () => {
    const read = (text: string, published: string) =>
      findMentions(text, { published, locale: 'en-US' }).map((m) => [m.text, m.value]);
    expect(
      read('It was about two in the morning on Saturday when the fire broke out.', '2013-08-26'),
    ).toEqual([['two in the morning on Saturday', '2013-08-24T02:00']]);
    expect(
      read('Clashes erupted about eleven at night on Friday near the square.', '2021-06-07'),
    ).toEqual([['eleven at night on Friday', '2021-06-04T23:00']]);
    expect(
      read('Clashes erupted at eleven at night on Friday near the square.', '2021-06-07'),
    ).toEqual([['eleven at night on Friday', '2021-06-04T23:00']]);
  });

  it("reads 'Roughly three in the morning,' as an approximate clock", () => {
    const [m] = findMentions(
      'Roughly three in the morning, the alarms went off across the estate.',
      {
        published: '2013-08-26',
        locale: 'en-US',
      },
    );
    expect([m?.text, m?.value, m?.mod]).toEqual([
      'Roughly three in the morning',
      '2013-08-26T03:00',
      'APPROX',
    ]);
  });
});

describe('readSpokenMeridiemClocks: a clock in words on the next day', () => {
  it('reads "two fifteen the next morning" after a day named as that clock on the day after it', () => {
    const text = 'On Dec. 26 the fire started. At two fifteen the next morning, the roof fell in.';
    expect(news(text)).toEqual([
      ['Dec. 26', 'DATE', '1997-12-26'],
      ['two fifteen the next morning', 'TIME', '1997-12-27T02:15'],
    ]);
    expect(
      news('The blaze began on Friday. At ten forty the following night, it was out.'),
    ).toEqual([
      ['on Friday', 'DATE', '1997-12-26'],
      ['ten forty the following night', 'TIME', '1997-12-27T22:40'],
    ]);
  });

  it('reads twelve and the small hours of "the next night" as after that night\'s midnight', () => {
    expect(
      clocksOnAugust8('The party began Friday. At twelve thirty the next night, police arrived.'),
    ).toEqual([['twelve thirty the next night', '2025-08-10T00:30']]);
    expect(
      clocksOnAugust8(
        'The party began Friday. At twelve forty the following night, neighbors called police.',
      ),
    ).toEqual([['twelve forty the following night', '2025-08-10T00:40']]);
    expect(
      clocksOnAugust8('The party began Friday. At two fifteen the next night, police arrived.'),
    ).toEqual([['two fifteen the next night', '2025-08-10T02:15']]);
    // Near misses: eleven at night is before its midnight; twelve the next afternoon is noon.
    expect(
      clocksOnAugust8('The party began Friday. At eleven fifteen the next night, police arrived.'),
    ).toEqual([['eleven fifteen the next night', '2025-08-09T23:15']]);
    expect(
      clocksOnAugust8(
        'The party began Friday. At twelve fifteen the next afternoon, police arrived.',
      ),
    ).toEqual([['twelve fifteen the next afternoon', '2025-08-09T12:15']]);
  });

  it('reads "At five thirty the next night, police arrived", after "The party began Friday." said on Friday 8 August 2025, as 2025-08-09T17:30, the small hours ending at five as with "last night"', () => {
    expect(
      clocksOnAugust8('The party began Friday. At five thirty the next night, police arrived.'),
    ).toEqual([['five thirty the next night', '2025-08-09T17:30']]);
    // Guard: four thirty is still of the small hours, past the next night's midnight.
    expect(
      clocksOnAugust8('The party began Friday. At four thirty the next night, police arrived.'),
    ).toEqual([['four thirty the next night', '2025-08-10T04:30']]);
  });

  it('reads it in TimeML mode with no day named, counted from publication as "the next morning" is', () => {
    expect(timeml('At two fifteen the next morning, the alarm sounded.')).toEqual([
      ['two fifteen the next morning', 'TIME', '1997-12-31T02:15'],
    ]);
  });

  it('reads no clock in a count before "the next morning", nor after "at" before "the next day"', () => {
    expect(news('Two fifteen-year-olds were arrested the next morning.')).toEqual([
      ['fifteen-year-olds', 'DURATION', 'P15Y'],
      ['the next morning', 'DATE', 'PAST_REF'],
    ]);
    expect(
      news('On Friday the shop shut. At nine twenty the next day, it opened.').filter(
        ([, type]) => type === 'TIME',
      ),
    ).toEqual([]);
  });

  it('reads "live coverage tonight starting at eight thirty Eastern", said on 27 January 1998, as 1998-01-27T20:30', () => {
    const at = { published: '1998-01-27', locale: 'en-US' } as const;
    expect(
      findTimemlMentions(
        "we'll have live coverage tonight starting at eight thirty Eastern, seven thirty Central.",
        at,
      ).map((m) => [m.text, m.value]),
    ).toEqual([
      ['tonight', '1998-01-27TNI'],
      ['eight thirty Eastern', '1998-01-27T20:30'],
      ['seven thirty Central', '1998-01-27T19:30'],
    ]);
  });

  it('keeps "Trading resumes at nine thirty Eastern" after a greeting in the morning', () => {
    const at = { published: '1998-01-27', locale: 'en-US' } as const;
    expect(
      findMentions('Good evening. Trading resumes at nine thirty Eastern.', at).map((m) => m.value),
    ).toEqual(['1998-01-27T09:30']);
  });

  it('reads "at six fifteen Eastern this morning", said on 22 January 1998, as 1998-01-22T06:15, the zone before the part of the day', () => {
    const at = { published: '1998-01-22', locale: 'en-US' } as const;
    expect(
      findTimemlMentions(
        "the president's lawyers arrived at the White House at six fifteen Eastern this morning.",
        at,
      ).map((m) => [m.text, m.value]),
    ).toEqual([['six fifteen Eastern this morning', '1998-01-22T06:15']]);
    expect(
      findMentions('the Senate will vote at nine thirty Eastern tomorrow morning.', at).map((m) => [
        m.text,
        m.value,
      ]),
    ).toEqual([['nine thirty Eastern tomorrow morning', '1998-01-23T09:30']]);
  });

  it('reads "at six forty-five Eastern tonight", said on 13 February 1998, as 1998-02-13T18:45', () => {
    const at = { published: '1998-02-13', locale: 'en-US' } as const;
    expect(
      findTimemlMentions(
        'our sports desk will have the hockey scores at six forty five Eastern tonight.',
        at,
      ).map((m) => m.value),
    ).toEqual(['1998-02-13T18:45']);
  });

  it('reads a bare hour with a zone after "at" or "before": "just before four Central yesterday afternoon", said on 15 April 1998, is 1998-04-14T16:00', () => {
    const at = { published: '1998-04-15', locale: 'en-US' } as const;
    expect(
      findMentions(
        'the storms moved through Nashville just before four Central yesterday afternoon.',
        at,
      ).map((m) => [m.text, m.value]),
    ).toEqual([['four Central yesterday afternoon', '1998-04-14T16:00']]);
    expect(
      findTimemlMentions('the polls opened at seven Eastern this morning.', at).map((m) => m.value),
    ).toEqual(['1998-04-15T07:00']);
  });

  it('reads no clock in "after two Pacific storms" nor in "at seven Eastern bloc capitals", nor a bare hour and zone with no word before it', () => {
    const at = { published: '1998-04-15', locale: 'en-US' } as const;
    expect(findMentions('after two Pacific storms, the coast road is closed.', at)).toEqual([]);
    expect(findTimemlMentions('talks were held at seven Eastern bloc capitals.', at)).toEqual([]);
    expect(findMentions('the league has seven Eastern teams and five Pacific ones.', at)).toEqual(
      [],
    );
  });
});

describe('readSpokenMeridiemClocks: a zone with "time" in any case (review)', () => {
  it('reads "at six thirty Eastern Time tomorrow morning", said on 22 January 1998, as 1998-01-23T06:30', () => {
    const at = { published: '1998-01-22', locale: 'en-US' } as const;
    expect(
      findTimemlMentions(
        'the space shuttle is scheduled to lift off at six thirty Eastern Time tomorrow morning.',
        at,
      ).map((m) => [m.text, m.value]),
    ).toEqual([['six thirty Eastern Time tomorrow morning', '1998-01-23T06:30']]);
  });

  it('reads "at nine thirty eastern time" and "at ten fifteen Eastern Standard Time", said on 22 January 1998, as T09:30 and T10:15', () => {
    const at = { published: '1998-01-22', locale: 'en-US' } as const;
    expect(
      findMentions('the market reopens at nine thirty eastern time.', at).map((m) => m.value),
    ).toEqual(['1998-01-22T09:30']);
    expect(
      findMentions('the hearing resumes at ten fifteen Eastern Standard Time.', at).map(
        (m) => m.value,
      ),
    ).toEqual(['1998-01-22T10:15']);
  });

  it('still reads no clock in "at seven Eastern bloc capitals"', () => {
    const at = { published: '1998-01-22', locale: 'en-US' } as const;
    expect(findMentions('talks were held at seven Eastern bloc capitals.', at)).toEqual([]);
  });
});

describe('readSpokenMeridiemClocks: a count after "about" is no clock (review)', () => {
  it('reads no clock in "The summit drew about five Eastern and three Western leaders", said on 22 January 1998', () => {
    const at = { published: '1998-01-22', locale: 'en-US' } as const;
    expect(
      findMentions('The summit drew about five Eastern and three Western leaders.', at),
    ).toEqual([]);
  });

  it('still reads "around three Pacific this afternoon" and "at about eight Eastern and seven Central" as clocks', () => {
    const at = { published: '1998-01-22', locale: 'en-US' } as const;
    expect(
      findTimemlMentions(
        'the storm reached the coast around three Pacific this afternoon.',
        at,
      ).map((m) => m.value)[0],
    ).toBe('1998-01-22T15:00');
    expect(
      findTimemlMentions('the results come at about eight Eastern and seven Central.', at).map(
        (m) => m.value,
      )[0],
    ).toBe('1998-01-22T08:00');
  });

  describe('an hour in words with its part of the day and no "at"', () => {
    const at = { published: '1998-03-04', locale: 'en-US' } as const;
    const both = (text: string) => [
      findMentions(text, at).map((m) => `${m.text} ${m.value}`),
      findTimemlMentions(text, at).map((m) => `${m.text} ${m.value}`),
    ];

    it('reads "the jury went out shortly before ten in the morning and came back by two in the afternoon", said on 4 March 1998, as 1998-03-04T10:00 and 1998-03-04T14:00', () => {
      const found = [
        'ten in the morning 1998-03-04T10:00',
        'two in the afternoon 1998-03-04T14:00',
      ];
      expect(
        both(
          'the jury went out shortly before ten in the morning and came back by two in the afternoon.',
        ),
      ).toEqual([found, found]);
    });

    it('reads "the plane touched down a little after four in the afternoon", said on 4 March 1998, as 1998-03-04T16:00', () => {
      const found = ['four in the afternoon 1998-03-04T16:00'];
      expect(both('the plane touched down a little after four in the afternoon.')).toEqual([
        found,
        found,
      ]);
    });

    it('reads "talks went on until five in the morning", said on 4 March 1998, as 1998-03-04T05:00', () => {
      const found = ['five in the morning 1998-03-04T05:00'];
      expect(both('talks went on until five in the morning, and resumed at noon.')[1]).toContain(
        found[0],
      );
    });

    it('reads "which is seven in the evening here", said on 4 March 1998, as 1998-03-04T19:00', () => {
      expect(both('the market opens at nine, which is seven in the evening here.')[0]).toContain(
        'seven in the evening 1998-03-04T19:00',
      );
    });

    it('reads no clock in "she won two in the afternoon session and lost four in the morning heats": counts before the noun they qualify', () => {
      expect(
        both('she won two in the afternoon session and lost four in the morning heats.'),
      ).toEqual([[], []]);
    });

    it.each([
      ['The rebels fired two rockets into the city, one in the morning and one in the afternoon.'],
      ['Police made a dozen arrests, six in the morning and six in the evening.'],
      ['Service on the line will be cut to two in the morning and three in the evening.'],
      ['The number of flights was reduced from eight to four in the morning, officials said.'],
    ])('reads no clock in %j: a count shared out over the day or cut to (review)', (text) => {
      expect(
        both(text)
          .flat()
          .filter((m) => /T\d\d:/.test(m)),
      ).toEqual([]);
    });
  });

  describe('an hour in words right before its day', () => {
    const at = { published: '1998-02-23', locale: 'en-US' } as const;
    const both = (text: string) => [
      findMentions(text, at).map((m) => `${m.text} ${m.value}`),
      findTimemlMentions(text, at).map((m) => `${m.text} ${m.value}`),
    ];

    it('reads "the tornadoes touched down between eleven last night and three this morning", said on 23 February 1998, as 1998-02-22T23:00 and 1998-02-23T03:00', () => {
      const found = ['eleven last night 1998-02-22T23:00', 'three this morning 1998-02-23T03:00'];
      expect(
        both('the tornadoes touched down between eleven last night and three this morning.'),
      ).toEqual([found, found]);
    });

    it('reads "the judge told jurors to be back in court at nine thirty tomorrow", said on 23 February 1998, as 1998-02-24T09:30', () => {
      const found = ['nine thirty tomorrow 1998-02-24T09:30'];
      expect(both('the judge told jurors to be back in court at nine thirty tomorrow.')).toEqual([
        found,
        found,
      ]);
    });

    it('reads "the first tornado struck around eleven forty-five last night", said on 23 February 1998, as 1998-02-22T23:45', () => {
      const found = ['around eleven forty-five last night 1998-02-22T23:45'];
      expect(
        both('the first tornado struck Kissimmee around eleven forty-five last night.'),
      ).toEqual([found, found]);
    });

    it('reads "the run was delayed until around nine forty this morning", said on 23 February 1998, as 1998-02-23T09:40', () => {
      const found = ['around nine forty this morning 1998-02-23T09:40'];
      expect(both('the run was delayed until around nine forty this morning.')).toEqual([
        found,
        found,
      ]);
    });

    it.each([
      ['police arrested nine last night.'],
      ['The dollar traded around one twenty-five yesterday in Tokyo.'],
      ['The dollar closed at around one twenty-five yesterday in Tokyo.'],
      ['Police detained around ten last night, and more this morning.'],
      ['the count was three to nine yesterday.'],
      ['six were held last night and nine this morning.'],
      ['The death toll rose from nine yesterday to fourteen this morning.'],
      ['The dollar closed at one twenty-five yesterday in Tokyo.'],
      ['Police detained about ten last night, and more this morning.'],
    ])('reads no clock in %j: a count or a price, not a time of the day', (text) => {
      expect(
        both(text)
          .flat()
          .filter((m) => /T\d\d:/.test(m)),
      ).toEqual([]);
    });

    it.each([
      ['The dollar fell to around one twenty-five yesterday in Tokyo trading.'],
      ['The yen weakened to about one thirty this morning against the dollar.'],
      ['Sales of the vaccine totaled about four fifty yesterday, the clinic said.'],
      ['Shares of the company slipped sharply to about eleven seventy-five yesterday.'],
    ])('reads no clock in %j: a figure a change reaches or a total comes to (review)', (text) => {
      expect(
        both(text)
          .flat()
          .filter((m) => /T\d\d:/.test(m)),
      ).toEqual([]);
    });
  });
});

describe('an hour and its minutes in words after "at about" closing the clause', () => {
  // Wednesday 18 February 1998.
  const FEB_18 = { published: '1998-02-18', locale: 'en-US' } as const;
  const values = (text: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, FEB_18)
        .filter((m) => m.type === 'TIME')
        .map((m) => m.value),
    );

  it.each([
    'Hecklers interrupted the town meeting at Ohio State at about eleven thirty.',
    'The Security Council meets again at around eleven thirty, a spokesman said.',
  ])('reads "%s", said on 18 February 1998, as 11:30 that day', (text) => {
    const clock = [`${FEB_18.published}T11:30`];
    expect(values(text)).toEqual([clock, clock]);
  });

  it.each([
    // A price, a level, a weight.
    'The dollar closed at about eleven thirty.',
    'The boxer weighed in at about eleven twenty.',
    // No "about": an address or a count as much as a clock.
    'The shop is at eleven twenty.',
    // A noun after it.
    'The fund was priced at about eleven thirty dollars.',
    // An hour of one to six alone may be the afternoon's; a court's or a market's day says so
    // (readWorkingDayClocks: "The judge ruled at around three thirty" is 15:30).
    'The train left at around three thirty.',
  ])('reads no clock in "%s"', (text) => {
    expect(values(text)).toEqual([[], []]);
  });
});

describe('a price or a value after "at about" closing the clause (review)', () => {
  const FEB_11 = { published: '1998-02-11', locale: 'en-US' } as const;
  const clocks = (text: string) =>
    [findMentions, findTimemlMentions].map((find) =>
      find(text, FEB_11)
        .filter((m) => m.type === 'TIME')
        .map((m) => m.value),
    );

  it.each([
    'Shares of Apple finished the day at about eleven fifty.',
    'Boeing stock was changing hands at about nine forty.',
    'The contract is valued at about eight fifty, a spokesman said.',
  ])('reads no clock in "%s"', (text) => {
    expect(clocks(text)).toEqual([[], []]);
  });

  it('still reads "The quake struck at about eight fifteen, and aftershocks followed", said on 11 February 1998, as 8:15 that day', () => {
    const clock = [`${FEB_11.published}T08:15`];
    expect(clocks('The quake struck at about eight fifteen, and aftershocks followed.')).toEqual([
      clock,
      clock,
    ]);
  });
});
