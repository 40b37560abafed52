import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Published on a Wednesday.
const FEBRUARY_12 = { published: '2014-02-12', locale: 'en-US' } as const;
const value = (text: string, words: string) =>
  findMentions(text, FEBRUARY_12).find((m) => m.text === words)?.value;
const timemlValue = (text: string, words: string) =>
  findTimemlMentions(text, FEBRUARY_12).find((m) => m.text === words)?.value;

describe("a weekday's event after a present verb of expecting it", () => {
  it('reads "We expect Friday\'s meeting to give some impetus" as the coming Friday, in both readings', () => {
    const text = '"We expect Friday\'s meeting to give some impetus," a Russian diplomat said.';
    expect(value(text, 'Friday')).toBe('2014-02-14');
    expect(timemlValue(text, 'Friday')).toBe('2014-02-14');
  });

  it.each([
    ["Analysts expect Tuesday's figures to show a rise.", 'Tuesday', '2014-02-18'],
    ["Traders are watching Friday's jobs report.", 'Friday', '2014-02-14'],
    ["Fans are looking forward to Saturday's final.", 'Saturday', '2014-02-15'],
  ])('reads %j as the day ahead', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });

  it.each([
    ["They had expected Friday's meeting to settle it.", 'Friday', '2014-02-07'],
    ["Viewers were watching Monday's match when the lights failed.", 'Monday', '2014-02-10'],
    ["He hopes Sunday's win marks a turning point.", 'Sunday', '2014-02-09'],
    ["Monday's attack was unexpected.", 'Monday', '2014-02-10'],
  ])('still reads %j as the day gone by', (text, words, day) => {
    expect(value(text, words)).toBe(day);
  });
});
