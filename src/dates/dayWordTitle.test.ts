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

  it('finds the title where it starts', () => {
    const text = 'on World News Tonight';
    expect(isDayWordTitle(text, text.indexOf('Tonight'))).toBe(true);
    expect(isDayWordTitle('news tonight', 5)).toBe(false);
  });
});
