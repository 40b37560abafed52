import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isGenericToday, isTodayNowadays } from './genericToday.ts';

const PUBLISHED = { published: '2015-12-10', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);

describe('"today\'s" before a kind of the present age', () => {
  it.each([
    "Women in today's world work longer hours.",
    "The case is for today's youth what the blockade was for their parents.",
    "Intel chips are in many of today's personal computers.",
    "Today's young people live online.",
    'Few of today’s teenagers read newspapers.',
    "Today's students face more debt than their parents did.",
    "Today's smartphones hold more power than the computers that sent men to the moon.",
    "It asked what sense it makes in today's world _ where paternity can be proved.",
    "Experts warned that today's teenagers read less than their parents did.",
  ])('reads no date in %j, in both readings', (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it.each([
    ["Today's vote was close.", 'Today 2015-12-10'],
    ["Today's youth rally drew thousands.", 'Today 2015-12-10'],
    ["Today's weather is fine.", 'Today 2015-12-10'],
    ["Today's editions carry the story.", 'Today 2015-12-10'],
    ["Today's economy report showed growth slowing to 2 percent.", 'Today 2015-12-10'],
    ["Today's children's parade was canceled because of rain.", 'Today 2015-12-10'],
    ["Today's youth soccer games have been canceled.", 'Today 2015-12-10'],
    ["Today's world premiere of the film drew a crowd of stars.", 'Today 2015-12-10'],
    ["Today's technology stocks fell sharply after the Facebook news.", 'Today 2015-12-10'],
    ["Today's children who marched in the parade wore hats.", 'Today 2015-12-10'],
    ["Today's students saw more snow than expected.", 'Today 2015-12-10'],
    ["Today's youth soccer games drew more fans than the final.", 'Today 2015-12-10'],
    ["The principal greeted today's students.", 'today 2015-12-10'],
    ["The mayor thanked today's workers and volunteers.", 'today 2015-12-10'],
    ["Today's children, about 200 in all, were bused in.", 'Today 2015-12-10'],
    ["Police said today's parents and children had raised $40,000.", 'today 2015-12-10'],
  ])('still reads the day in %j', (text, reading) => {
    expect(news(text)).toEqual([reading]);
    expect(timeml(text)).toEqual([reading]);
  });

  it('reads "Today\'s World Cup opener" as the day, the cup being no kind of the age', () => {
    const text = "Today's World Cup opener kicks off at 6 p.m. in Moscow.";
    const opening = { published: '2018-06-14', locale: 'en-US' } as const;
    expect(findMentions(text, opening)[0]).toMatchObject({ text: 'Today', value: '2018-06-14' });
    expect(findTimemlMentions(text, opening)[0]).toMatchObject({
      text: 'Today',
      value: '2018-06-14',
    });
  });

  it('takes "today\'s" in "He spoke today about today\'s world." for any day, and its first "today" for the day', () => {
    const text = "He spoke today about today's world.";
    expect(isGenericToday(text, text.indexOf('today'))).toBe(false);
    expect(isGenericToday(text, text.lastIndexOf('today'))).toBe(true);
  });
});

describe('"today" as "nowadays"', () => {
  it.each([
    ['Today, most phones use lithium batteries.', 'Today PRESENT_REF'],
    ['Today, many Americans own a smartphone.', 'Today PRESENT_REF'],
    ['Today, most households rely on gas.', 'Today PRESENT_REF'],
  ])('reads %j as the present, in both readings', (text, reading) => {
    expect(news(text)).toEqual([reading]);
    expect(timeml(text)).toEqual([reading]);
  });

  it.each([
    ['Today, most stores closed early.', 'Today 2015-12-10'],
    ['Today, most schools are closed.', 'Today 2015-12-10'],
    ['Voters today are heading to the polls.', 'today 2015-12-10'],
    ['The world today marks World AIDS Day.', 'today 2015-12-10'],
    ['Parents today have voted.', 'today 2015-12-10'],
    ['People today are expected to vote.', 'today 2015-12-10'],
    ['Americans today face a choice at the polls.', 'today 2015-12-10'],
    ['Today, some students use the new app for the first time.', 'Today 2015-12-10'],
    ['Today, many residents use the new bridge for the first time.', 'Today 2015-12-10'],
    ['Today, most lawmakers use the day to meet voters in their districts.', 'Today 2015-12-10'],
    ['Today, many students use the snow day to catch up on sleep.', 'Today 2015-12-10'],
    ['Today, many residents use generators after the storm.', 'Today 2015-12-10'],
    ['Workers today have the day off for the holiday.', 'today 2015-12-10'],
    ['Kids today have a snow day in most of the county.', 'today 2015-12-10'],
    ['People today have until 8 p.m. to cast a ballot.', 'today 2015-12-10'],
    ['The world today has its eyes on Geneva, where the talks resume.', 'today 2015-12-10'],
    ['Families today are without power after the storm.', 'today 2015-12-10'],
    // A kind of people before "today" tells the day's news as often as the age's, so it is the
    // day's even where the age is meant.
    ['Children today have less freedom.', 'today 2015-12-10'],
  ])('still reads the day in %j', (text, reading) => {
    const today = (readings: string[]) => readings.filter((r) => /^today /i.test(r));
    expect(today(news(text))).toEqual([reading]);
    expect(today(timeml(text))).toEqual([reading]);
  });

  it('takes "Today," in "He spoke today. Today, most phones use lithium batteries." for nowadays, and the first "today" for the day', () => {
    const text = 'He spoke today. Today, most phones use lithium batteries.';
    expect(isTodayNowadays(text, text.indexOf('today'))).toBe(false);
    expect(isTodayNowadays(text, text.indexOf('Today'))).toBe(true);
  });
});

describe('"today\'s" before a kind, and an aside opened by a past participle', () => {
  it.each([
    "Today's children, raised on screens, read less.",
    "Today's teenagers, born after 2005, spend hours a day online.",
    "Today's workers, squeezed by rents, have less to save.",
  ])('reads no date in %j, in both readings: the participle tells the kind', (text) => {
    const noDay = (readings: string[]) => readings.filter((r) => /^today /i.test(r));
    expect(noDay(news(text))).toEqual([]);
    expect(noDay(timeml(text))).toEqual([]);
  });

  it.each([
    ["Today's children, bused in from nearby towns, sang.", 'Today 2015-12-10'],
    ["Today's students, picked by lottery, read poems to the mayor.", 'Today 2015-12-10'],
    ["Today's children, about 200 in all, were bused in.", 'Today 2015-12-10'],
    ["Today's workers, exhausted by the heat, have left early.", 'Today 2015-12-10'],
    ["Today's students, picked by lottery, are waiting outside.", 'Today 2015-12-10'],
  ])('still reads the day in %j: no present of state after the aside', (text, reading) => {
    expect(news(text)).toEqual([reading]);
    expect(timeml(text)).toEqual([reading]);
  });

  it.each([
    "Today's students, selected from 40 schools, have a tour of the Capitol at noon.",
    "Today's families, evacuated from the flood zone overnight, need blankets and food.",
    "Today's children, invited by the mayor, are guests of honor at the parade.",
    "Today's workers, called in to clear the snow, earn double pay.",
  ])('reads "Today" in %j as the day: the present tells no comparison of the age', (text) => {
    const day = (readings: string[]) => readings.filter((r) => /^today /i.test(r));
    expect(day(news(text))).toEqual(['Today 2015-12-10']);
    expect(day(timeml(text))).toEqual(['Today 2015-12-10']);
  });

  it.each([
    "Today's students, graduated into a weak economy, face fewer job offers.",
    "Today's workers, trained on old machines, need new skills.",
  ])('still reads no date in %j: a comparison of the age follows the aside', (text) => {
    const day = (readings: string[]) => readings.filter((r) => /^today /i.test(r));
    expect(day(news(text))).toEqual([]);
  });
});

describe('a kind of people before "today", compared with an earlier time', () => {
  it.each([
    'Children today have less freedom than their parents did.',
    'Many teenagers today spend more time online than a generation ago.',
    'Young people today read fewer books than in the 1980s.',
  ])('reads "today" in %j as the present, in both readings', (text) => {
    const today = (readings: string[]) => readings.filter((r) => /^today /i.test(r));
    expect(today(news(text))).toEqual(['today PRESENT_REF']);
    expect(today(timeml(text))).toEqual(['today PRESENT_REF']);
  });

  it.each([
    'Workers today earn more than expected.',
    'Voters today have more choices than at any election.',
    'Police said children today have less freedom than their parents did.',
    'Students today have more time for the exam than they did on Monday.',
    'Workers today get more for overtime than they did last week.',
    'Voters today have more choices than they did in the primary.',
  ])(
    "still reads the day in %j: the day's hopes, another thing, a dated 'did', or not opening the sentence",
    (text) => {
      const today = (readings: string[]) => readings.filter((r) => /^today /i.test(r));
      expect(today(news(text))).toEqual(['today 2015-12-10']);
      expect(today(timeml(text))).toEqual(['today 2015-12-10']);
    },
  );
});

describe('"Today" before a share told as "one in four"', () => {
  it('reads "Today, one in four children in this country lives in poverty." as the present age', () => {
    expect(news('Today, one in four children in this country lives in poverty.')).toEqual([
      'Today PRESENT_REF',
    ]);
    expect(timeml('Today, one in five Americans owns a gun.')).toEqual(['Today PRESENT_REF']);
  });

  it('keeps the day for a pointed thing or a verb of no state after the share', () => {
    expect(news('Today, one in four residents lives in the shelter.')).toEqual([
      'Today 2015-12-10',
    ]);
    expect(news('Today, one in ten voters is undecided.')).toEqual(['Today 2015-12-10']);
  });

  it('keeps the day for what a storm or an outage leaves: "lives without power", "runs on generators"', () => {
    expect(news('Today, one in three residents lives without power.')).toEqual([
      'Today 2015-12-10',
    ]);
    expect(timeml('Today, one in four homes in the state runs on generators.')).toEqual([
      'Today 2015-12-10',
    ]);
    expect(news('Today, one in five families in the city lives in shelters.')).toEqual([
      'Today 2015-12-10',
    ]);
    expect(news('Today, many residents live without power.')).toEqual(['Today 2015-12-10']);
  });

  it('reads nothing in "Today\'s teenagers read a hundred fewer books than their parents did.", said on 11 March 1999: "hundred" is no past', () => {
    const march11 = { published: '1999-03-11', locale: 'en-US' } as const;
    const text = "Today's teenagers read a hundred fewer books than their parents did.";
    // Was 1999-03-11: "hundred" was taken for a past after the kind, which tells the day's news.
    expect(findMentions(text, march11)).toEqual([]);
    expect(findTimemlMentions(text, march11)).toEqual([]);
    // Guard: a true past there still keeps the day.
    expect(
      findMentions("Today's teenagers collected a hundred books for the library.", march11).map(
        (m) => m.value,
      ),
    ).toEqual(['1999-03-11']);
  });
});
