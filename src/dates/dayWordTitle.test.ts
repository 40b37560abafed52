import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { isDayWordTitle } from './dayWordTitle.ts';

const PUBLISHED = { published: '2024-05-15', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => m.text);
const timeml = (text: string) => findTimemlMentions(text, PUBLISHED).map((m) => m.text);

describe('a capitalised "Today" or "Tonight" that ends the name of a programme or a paper', () => {
  it('reads no date in "This is ABC\'s World News Tonight", in both readings', () => {
    const text = "This is ABC's World News Tonight. We begin with the weather.";
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it.each([
    'He told USA Today that he would run.',
    'She wrote in Psychology Today about sleep.',
    "The segment ran on CNN's Sports Tonight.",
    'He was a guest on Business Today.',
  ])('reads no date in %j', (text) => {
    expect(news(text)).toEqual([]);
  });

  it.each([
    ['The world news tonight is grim.', 'tonight'],
    ['Business today is hard, he said.', 'today'],
    ['He will speak to the news media tonight.', 'tonight'],
    ['Leaders of the World meet Today in Paris.', 'Today'],
  ])('still reads the day word in %j', (text, words) => {
    expect(news(text)).toContain(words);
  });

  it.each([
    ['Obama to Address America Tonight on Syria', 'Tonight'],
    ['Bank of America Today Reports Higher Quarterly Profit', 'Today'],
    ['Stocks Rise as Business Today Looks Brighter', 'Today'],
  ])('reads the day word in the headline %j, where every word is capitalised', (text, words) => {
    const published = { published: '2013-09-10', locale: 'en-US' } as const;
    expect(findMentions(text, published).find((m) => m.text === words)?.value).toBe('2013-09-10');
    const timemlDay = findTimemlMentions(text, published).find((m) => m.text === words)?.value;
    expect(timemlDay?.slice(0, 10)).toBe('2013-09-10');
  });

  it.each([
    'He told USA Today Reports that he would run.',
    "This is ABC's World News Tonight on Monday.",
  ])('still reads no date in %j, a sentence with lowercase words about the name', (text) => {
    expect(news(text)).not.toContain('Today');
    expect(news(text)).not.toContain('Tonight');
  });

  it.each(['USA Today Poll: Voters Sour on Congress', 'Psychology Today Exclusive: Sleep Wins'])(
    "reads no date in the headline %j, which the publication's name opens as its label, in both readings",
    (text) => {
      expect(news(text)).toEqual([]);
      expect(timeml(text)).toEqual([]);
      expect(news(`Markets\n${text}`)).toEqual([]);
    },
  );

  it.each([
    'Team USA Today Wins Gold',
    'Business Today Looks Brighter',
    'USA Today Wins Gold in Relay',
    'USA Today Takes On Canada for Hockey Gold',
    'USA Today Meets Mexico in World Cup Qualifier',
    'USA Today Faces Canada in Final',
    'Sports\nUSA Today Beats Canada in Hockey Final',
  ])("still reads the day word in the headline %j, which no publication's label opens", (text) => {
    expect(news(text)).toEqual(['Today']);
  });

  it.each([
    'USA Today Reports Higher Sales',
    'Psychology Today Finds Sleep Aids Memory',
    'USA Today Poll Shows Voters Sour on Congress',
    'Sports\nUSA Today Endorses Stadium Plan',
  ])("reads no date in the headline %j, whose paper opens it before a paper's deed", (text) => {
    expect(news(text)).toEqual([]);
    expect(timeml(text)).toEqual([]);
  });

  it.each(['Team USA Today Reports to Camp', 'Bank of America Today Reports Higher Profit'])(
    'still reads the day word in the headline %j, which no paper opens',
    (text) => {
      expect(news(text)).toEqual(['Today']);
    },
  );

  it('finds the title where it starts', () => {
    const text = 'on World News Tonight';
    expect(isDayWordTitle(text, text.indexOf('Tonight'))).toBe(true);
    expect(isDayWordTitle('news tonight', 5)).toBe(false);
  });
});
