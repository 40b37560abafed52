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
  ])('reads no date in %j, in both readings', (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it.each([
    ["Today's vote was close.", 'Today 2015-12-10'],
    ["Today's youth rally drew thousands.", 'Today 2015-12-10'],
    ["Today's weather is fine.", 'Today 2015-12-10'],
    ["Today's editions carry the story.", 'Today 2015-12-10'],
  ])('still reads the day in %j', (text, reading) => {
    expect(news(text)).toEqual([reading]);
    expect(timeml(text)).toEqual([reading]);
  });

  it('tells the word by its place in the text', () => {
    const text = "He spoke today about today's world.";
    expect(isGenericToday(text, text.indexOf('today'))).toBe(false);
    expect(isGenericToday(text, text.lastIndexOf('today'))).toBe(true);
  });
});

describe('"today" as "nowadays"', () => {
  it.each([
    ['Today, most phones use lithium batteries.', 'Today PRESENT_REF'],
    ['Today, many Americans own a smartphone.', 'Today PRESENT_REF'],
    ['The world today is more dangerous.', 'today PRESENT_REF'],
    ['Children today have less freedom.', 'today PRESENT_REF'],
    ['Parents today spend more on toys.', 'today PRESENT_REF'],
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
  ])('still reads the day in %j', (text, reading) => {
    expect(news(text)).toEqual([reading]);
    expect(timeml(text)).toEqual([reading]);
  });

  it('tells the word by its place in the text', () => {
    const text = 'He said today that children today have less freedom.';
    expect(isTodayNowadays(text, text.indexOf('today'))).toBe(false);
    expect(isTodayNowadays(text, text.lastIndexOf('today'))).toBe(true);
  });
});
