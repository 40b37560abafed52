import { describe, expect, it } from 'vitest';
import { deedWeekendGoneBy } from './deedWeekendGoneBy.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const THURSDAY = '1989-11-02';

/** The value of "the weekend" in both readings of `text`, said on a Thursday. */
function weekend(text: string): [string | undefined, string | undefined] {
  const options = { published: THURSDAY, locale: 'en-US' } as const;
  const find = (mentions: { text: string; value: string }[]) =>
    mentions.find((m) => /weekend/i.test(m.text))?.value;
  return [find(findMentions(text, options)), find(findTimemlMentions(text, options))];
}

describe('deedWeekendGoneBy', () => {
  it('reads "The budget agreement reached over the weekend would cut the deficit" as the weekend gone by', () => {
    expect(weekend('The budget agreement reached over the weekend would cut the deficit.')).toEqual(
      ['1989-W43-WE', '1989-W43-WE'],
    );
  });

  it('reads "The cuts announced at the weekend will cost 2,000 jobs" and "The accord struck during the weekend should calm markets" as the weekend gone by', () => {
    expect(weekend('The cuts announced at the weekend will cost 2,000 jobs.')).toEqual([
      '1989-W43-WE',
      '1989-W43-WE',
    ]);
    expect(weekend('The accord struck during the weekend should calm markets.')).toEqual([
      '1989-W43-WE',
      '1989-W43-WE',
    ]);
  });

  it('does not read a participle of a forecast or a plan as a deed done', () => {
    expect(weekend('Rain predicted over the weekend could flood the valley.')).toEqual([
      '1989-W44-WE',
      '1989-W44-WE',
    ]);
    expect(weekend('Talks scheduled over the weekend will decide the bid.')).toEqual([
      '1989-W44-WE',
      '1989-W44-WE',
    ]);
  });

  it('does not read a participle in a verb phrase of its own as a deed done', () => {
    expect(weekend('The deal will be signed over the weekend.')).toEqual([
      '1989-W44-WE',
      '1989-W44-WE',
    ]);
  });

  it('does not read a participle after a verb of state as a deed done', () => {
    expect(weekend('Roads will stay shut over the weekend, officials said.')).toEqual([
      '1989-W44-WE',
      '1989-W44-WE',
    ]);
    expect(
      deedWeekendGoneBy('He said he would keep the plant closed over the weekend.', 44, 55),
    ).toBe(false);
  });

  it('answers only for "the weekend"', () => {
    const text = 'The agreement reached over the weekend would cut the deficit.';
    expect(deedWeekendGoneBy(text, 27, 38)).toBe(true);
    expect(deedWeekendGoneBy(text, 22, 38)).toBe(true);
    expect(deedWeekendGoneBy(text, 50, 53)).toBe(false);
  });
});
