import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const MARCH_12 = { published: '2025-03-12', locale: 'en-GB' } as const;
const news = (text: string) =>
  findMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);

describe('clock times in words', () => {
  it('reads half past, a quarter past or to, and minutes past or to an hour as that clock time', () => {
    expect(news('The polls close at a quarter to eight.')).toEqual([
      ['a quarter to eight', 'TIME', '2025-03-12T07:45'],
    ]);
    expect(news('He left the pub at ten to eight.')).toEqual([
      ['ten to eight', 'TIME', '2025-03-12T07:50'],
    ]);
    expect(news('The alarm sounded at twenty past six.')).toEqual([
      ['twenty past six', 'TIME', '2025-03-12T06:20'],
    ]);
    expect(timeml('Kick-off was at twenty-five past three.')).toEqual([
      ['twenty-five past three', 'TIME', '2025-03-12T03:25'],
    ]);
  });

  it("reads an hour o'clock as that hour, and a clock in words with its day as a time of that day", () => {
    expect(news("The meeting began at nine o'clock.")).toEqual([
      ["nine o'clock", 'TIME', '2025-03-12T09:00'],
    ]);
    expect(news('Police arrived at half past nine on Friday.')).toEqual([
      ['half past nine on Friday', 'TIME', '2025-03-07T09:30'],
    ]);
    expect(timeml('The train left at quarter past ten on Friday.')).toEqual([
      ['quarter past ten on Friday', 'TIME', '2025-03-07T10:15'],
    ]);
  });

  it("reads an hour in figures before o'clock as that hour, in both readings", () => {
    const text = "I left the office at 6 o'clock.";
    expect(news(text)).toEqual([["6 o'clock", 'TIME', '2025-03-12T06:00']]);
    expect(timeml(text)).toEqual([["6 o'clock", 'TIME', '2025-03-12T06:00']]);
    expect(news("The shop shuts at 8 o'clock tonight.")).toEqual([
      ["8 o'clock tonight", 'TIME', '2025-03-12T20:00'],
    ]);
  });

  it("reads no clock in an hour in figures before o'clock before a noun, nor in a count", () => {
    expect(news("She watched the 6 o'clock news.")).toEqual([]);
    expect(news("Only 13 o'clock readings were logged.")).toEqual([]);
  });

  it("reads no clock in an hour o'clock before a noun such as position, direction or train", () => {
    expect(news("The hands on the dial point to 4 o'clock position on the map.")).toEqual([]);
    expect(timeml("The hands on the dial point to 4 o'clock position on the map.")).toEqual([]);
    expect(news("Troops moved in from the 2 o'clock direction.")).toEqual([]);
    expect(news("Commuters missed their 7 o'clock train.")).toEqual([]);
    expect(news("Ships were sighted at three o'clock position.")).toEqual([]);
  });

  it('reads the clock as one of the afternoon or night when its words or the part of day after say so', () => {
    expect(news('The vigil began at seven o’clock in the evening.')).toEqual([
      ['seven o’clock in the evening', 'TIME', '2025-03-12T19:00'],
    ]);
    expect(timeml('A second blast came at twenty-five to eleven at night.')).toEqual([
      ['twenty-five to eleven at night', 'TIME', '2025-03-12T22:35'],
    ]);
    expect(timeml('Neighbours heard shots at half past nine that night.')).toEqual([
      ['half past nine', 'TIME', '2025-03-12T21:30'],
      ['that night', 'TIME', '2025-03-12TNI'],
    ]);
    expect(news('At a quarter to one in the morning, the phone rang.')).toEqual([
      ['a quarter to one in the morning', 'TIME', '2025-03-12T00:45'],
    ]);
  });

  it('reads "a quarter to midnight" as 23:45 and "ten past midnight" as 00:10', () => {
    const text = 'The polls closed at a quarter to midnight.';
    const both = [['a quarter to midnight', 'TIME', '2025-03-12T23:45']];
    expect(news(text)).toEqual(both);
    expect(timeml(text)).toEqual(both);
    expect(timeml('The shooting began at ten past midnight.')).toEqual([
      ['ten past midnight', 'TIME', '2025-03-12T00:10'],
    ]);
  });

  it('reads "a quarter past noon" as 12:15, and leaves a bare midnight as it was', () => {
    expect(news('Lunch was served at a quarter past noon.')).toEqual([
      ['a quarter past noon', 'TIME', '2025-03-12T12:15'],
    ]);
    expect(news('The polls closed at midnight.')).toEqual([
      ['midnight', 'TIME', '2025-03-12T00:00'],
    ]);
  });

  it('reads the clock before a weekday and its part as one time of that day in both readings', () => {
    const text = "Fire crews were called at ten o'clock on Tuesday night.";
    const both = [["ten o'clock on Tuesday night", 'TIME', '2025-03-11T22:00']];
    expect(news(text)).toEqual(both);
    expect(timeml(text)).toEqual(both);
  });

  it('reads "half past four yesterday afternoon" as one time of yesterday in both readings', () => {
    const text = 'He arrived at half past four yesterday afternoon.';
    const both = [['half past four yesterday afternoon', 'TIME', '2025-03-11T16:30']];
    expect(news(text)).toEqual(both);
    expect(timeml(text)).toEqual(both);
    const plain = "The shop shut at nine o'clock yesterday.";
    const day = [["nine o'clock yesterday", 'TIME', '2025-03-11T09:00']];
    expect(news(plain)).toEqual(day);
    expect(timeml(plain)).toEqual(day);
  });

  it('reads a clock before "last night" as one time of last night, figures or words, in both readings', () => {
    for (const [text, words] of [
      ["Witnesses heard shots at about 11 o'clock last night.", "11 o'clock last night"],
      ["Witnesses heard shots at about eleven o'clock last night.", "eleven o'clock last night"],
    ] as const) {
      expect(news(text)).toEqual([[`at about ${words}`, 'TIME', '2025-03-11T23:00']]);
      expect(timeml(text)).toEqual([[words, 'TIME', '2025-03-11T23:00']]);
    }
  });

  it('keeps a clock and "last night" apart when a new clause stands between', () => {
    expect(news("He left at 11 o'clock, and last night he came back.")).toEqual([
      ["11 o'clock", 'TIME', '2025-03-12T11:00'],
      ['last night', 'DATE', '2025-03-11'],
    ]);
  });

  it('reads a clock in words before "tomorrow morning" on tomorrow', () => {
    expect(news('The polls open at seven o’clock tomorrow morning.')).toEqual([
      ['seven o’clock tomorrow morning', 'TIME', '2025-03-13T07:00'],
    ]);
  });

  it('keeps a clock and "yesterday" apart when a comma and a new clause stand between', () => {
    expect(news('He left at half past four, and yesterday he came back.')).toEqual([
      ['half past four', 'TIME', '2025-03-12T04:30'],
      ['yesterday', 'DATE', '2025-03-11'],
    ]);
  });

  it('reads the clock as one of the evening or night when a zone stands between it and the part of day', () => {
    const times = (read: typeof news, text: string) =>
      read(text)
        .filter(([, type]) => type === 'TIME')
        .map(([, , value]) => value);
    for (const read of [news, timeml]) {
      expect(
        times(read, 'The president will speak at nine o’clock Eastern on Monday night.'),
      ).toEqual(['2025-03-17T21:00']);
      expect(times(read, 'Voting ends at half past nine Eastern on Friday night.')).toEqual([
        '2025-03-14T21:30',
      ]);
      expect(times(read, 'The show airs at eight o’clock Eastern Friday evening.')).toEqual([
        '2025-03-14T20:00',
      ]);
    }
    const pacific = 'The show airs at eight o’clock Pacific in the evening.';
    const evening = [['eight o’clock Pacific in the evening', 'TIME', '2025-03-12T20:00']];
    expect(news(pacific)).toEqual(evening);
    expect(timeml(pacific)).toEqual(evening);
    expect(news('The market opens at nine o’clock Eastern on Monday.')).toEqual([
      ['nine o’clock Eastern on Monday', 'TIME', '2025-03-17T09:00'],
    ]);
  });

  it('dates a clock in words by the day named before it, as a clock in figures is', () => {
    expect(timeml('On Saturday, the gates opened at half past nine.')).toEqual([
      ['Saturday', 'DATE', '2025-03-08'],
      ['half past nine', 'TIME', '2025-03-08T09:30'],
    ]);
  });

  it('reads no clock in a score or a count of votes, nor in a bare "half an hour"', () => {
    expect(news('The committee voted ten to eight against the plan.')).toEqual([]);
    expect(news('The home side won ten to eight.')).toEqual([]);
    expect(news('At ten to eight per cent, the rate is high.')).toEqual([]);

    expect(news('She said she had waited for half an hour.')).toEqual([
      ['half an hour', 'DURATION', 'PT30M'],
    ]);
  });

  it('leaves twelve o\'clock before "at midnight" to the midnight read after it', () => {
    // A midnight ahead ends the publication day.
    expect(news("Big Ben will strike twelve o'clock at midnight.")).toEqual([
      ['midnight', 'TIME', '2025-03-13T00:00'],
    ]);
  });

  it('reads no clock in a range of counts', () => {
    expect(news('The number of flights rose from five to ten.')).toEqual([]);
    expect(news('The council cut the number of libraries from ten to eight last year.')).toEqual([
      ['last year', 'DATE', '2024'],
    ]);
    expect(news('Between five and ten people were hurt.')).toEqual([]);
  });

  it("reads no clock in an hour o'clock before a noun or in a name", () => {
    expect(news("She watched the six o'clock news.")).toEqual([]);
    expect(news("He presented the Nine O'Clock News.")).toEqual([]);
    expect(news("The two o'clock race was abandoned.")).toEqual([]);
  });

  it('reads twelve at night as past midnight', () => {
    expect(news('The last train left at ten past twelve at night.')).toEqual([
      ['ten past twelve at night', 'TIME', '2025-03-12T00:10'],
    ]);
    expect(news("The shots were fired at twelve o'clock at night.")).toEqual([
      ["twelve o'clock at night", 'TIME', '2025-03-12T00:00'],
    ]);
  });

  it('reads a bare hour after "at" before "this morning" or "last night" as that clock time of the day, in both readings', () => {
    for (const [text, words, value] of [
      ['The storm hit the coast at 9 this morning.', '9 this morning', '2025-03-12T09:00'],
      ['Police were called at 11 last night.', '11 last night', '2025-03-11T23:00'],
      ['The vote is due at seven tonight.', 'seven tonight', '2025-03-12T19:00'],
      ['The alarm went off at 12 this afternoon.', '12 this afternoon', '2025-03-12T12:00'],
    ] as const) {
      expect(news(text)).toEqual([[words, 'TIME', value]]);
      expect(timeml(text)).toEqual([[words, 'TIME', value]]);
    }
  });

  it('reads a small hour before "this morning" as that clock time ("at 3 this morning" 03:00), in both readings', () => {
    const text = 'The fire broke out at 3 this morning.';
    expect(news(text)).toEqual([['3 this morning', 'TIME', '2025-03-12T03:00']]);
    expect(timeml(text)).toEqual([['3 this morning', 'TIME', '2025-03-12T03:00']]);
    // Near miss: a small hour is no clock of the evening or the night before.
    expect(news('They met at 3 last night.')).toEqual([['last night', 'DATE', '2025-03-11']]);
  });

  it('reads no clock in "Shares were at 9 this morning" or "The index stood at 7 this morning", a level: only the part of the day', () => {
    for (const text of [
      'Shares were at 9 this morning, down from 12 on Friday.',
      'The index stood at 7 this morning.',
      'Temperatures were at 5 this morning in Chicago.',
    ]) {
      expect(news(text)[0]).toEqual(['this morning', 'DATE', '2025-03-12']);
      expect(timeml(text)[0]).toEqual(['this morning', 'TIME', '2025-03-12TMO']);
    }
  });

  it('still reads the clock after "was held at" or "were called at" ("The vote was held at 11 this evening.")', () => {
    expect(timeml('The vote was held at 11 this evening.')).toEqual([
      ['11 this evening', 'TIME', '2025-03-12T23:00'],
    ]);
  });

  it('reads no clock in a bare number before a part of the day without "at", nor in an hour the part of the day cannot hold', () => {
    expect(news('Turnout reached 9 this morning.')).toEqual([
      ['this morning', 'DATE', '2025-03-12'],
    ]);
    expect(news('The score was 3 last night.')).toEqual([['last night', 'DATE', '2025-03-11']]);
    expect(news('They met at 3 last night.')).toEqual([['last night', 'DATE', '2025-03-11']]);
  });
});

describe("an hour o'clock after a part of the day named before it", () => {
  it("reads 'seven o'clock' after 'this afternoon' in the sentence before as seven in the evening", () => {
    expect(
      news("The ice began this afternoon. The road reopened shortly after seven o'clock."),
    ).toEqual([
      ['this afternoon', 'DATE', '2025-03-12'],
      ["seven o'clock", 'TIME', '2025-03-12T19:00'],
    ]);
  });

  it("reads 'ten o'clock' after 'the evening' in its sentence as 22:00 in TimeML mode too", () => {
    expect(
      timeml("We will have updates throughout the evening, and a special report at ten o'clock."),
    ).toContainEqual(["ten o'clock", 'TIME', '2025-03-12T22:00']);
  });

  it("keeps the hour after a morning, after a part two sentences back, and before 'tomorrow morning'", () => {
    expect(news("The crew woke this morning. They were back by nine o'clock.")).toContainEqual([
      "nine o'clock",
      'TIME',
      '2025-03-12T09:00',
    ]);
    expect(
      news("The storm hit this afternoon. Crews worked all day. Power returned at seven o'clock."),
    ).toContainEqual(["seven o'clock", 'TIME', '2025-03-12T07:00']);
    expect(
      news("It started this afternoon, and the vote is at nine o'clock tomorrow morning."),
    ).toContainEqual(["nine o'clock tomorrow morning", 'TIME', '2025-03-13T09:00']);
  });

  it("keeps the hour of a clock with a day of its own: 'Monday night … at ten o'clock on Tuesday'", () => {
    expect(
      news(
        "He spent Monday night in a cell. He was released at ten o'clock on Tuesday after his lawyer arrived.",
      ),
    ).toContainEqual(["ten o'clock on Tuesday", 'TIME', '2025-03-11T10:00']);
    expect(
      news(
        "Tuesday night's storm knocked out power to 40,000 homes. Crews began work at six o'clock Wednesday.",
      ),
    ).toContainEqual(["six o'clock Wednesday", 'TIME', '2025-03-12T06:00']);
    expect(
      news(
        "Rebels attacked the town late on Saturday night. By nine o'clock on Sunday the town had fallen.",
      ),
    ).toContainEqual(["nine o'clock on Sunday", 'TIME', '2025-03-09T09:00']);
    const party = findMentions(
      "The party began on Friday evening. By seven o'clock the next morning, police had made 12 arrests.",
      { published: '2025-03-08', locale: 'en-GB' },
    ).find((m) => m.text === "seven o'clock");
    expect(party?.value).toMatch(/T07:00$/);
  });

  it("keeps the hour after a greeting: 'Good evening. Polls opened at seven o'clock'", () => {
    expect(
      news(
        "Good evening. Polls opened at seven o'clock across the state, and turnout has been heavy.",
      ),
    ).toContainEqual(["seven o'clock", 'TIME', '2025-03-12T07:00']);
  });
});

describe('a bare hour before a part of the day after a word other than "at"', () => {
  it('reads "just after nine this morning" and "shortly before 11 last night" as those clocks', () => {
    expect(news('The programme starts just after nine this morning.')).toEqual([
      ['nine this morning', 'TIME', '2025-03-12T09:00'],
    ]);
    expect(timeml('Police arrived shortly before 11 last night.')).toEqual([
      ['11 last night', 'TIME', '2025-03-11T23:00'],
    ]);
    expect(news('The shop stays open until seven tonight.')).toEqual([
      ['seven tonight', 'TIME', '2025-03-12T19:00'],
    ]);
  });

  it('reads no hour in an amount changed before the part', () => {
    expect(news('Sales rose by 8 this morning.')).toEqual([['this morning', 'DATE', '2025-03-12']]);
    expect(news('Shares fell about 5 this morning.')).toEqual([
      ['this morning', 'DATE', '2025-03-12'],
    ]);
  });

  it('reads no hour in a winning margin after "by" nor in a count taken after "about"', () => {
    expect(news('The Knicks lost by 11 tonight in Miami.')).toEqual([
      ['tonight', 'DATE', '2025-03-12'],
    ]);
    expect(news('The Bulls beat the Jazz by 8 tonight.')).toEqual([
      ['tonight', 'DATE', '2025-03-12'],
    ]);
    expect(news('Police detained about 10 this morning.')).toEqual([
      ['this morning', 'DATE', '2025-03-12'],
    ]);
  });

  it('keeps the clock after a passive verb of taking: "was arrested about 10 this morning"', () => {
    expect(news('He was arrested about 10 this morning.')).toEqual([
      ['10 this morning', 'TIME', '2025-03-12T10:00'],
    ]);
  });
});
