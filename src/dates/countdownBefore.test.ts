import { describe, expect, it } from 'vitest';
import { countdownBefore } from './countdownBefore.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const valueOf = (text: string, phrase: string, published: string) =>
  [findMentions, findTimemlMentions].map(
    (find) =>
      find(text, { published, locale: 'en-US' }).find((m) =>
        text.slice(m.start, m.end).includes(phrase),
      )?.value,
  );

describe('a countdown leads up to a date still ahead', () => {
  it('reads "With four days left before Election Day, Al Gore and George W. Bush are locked in a dead heat", said on 3 November 2000, as 2000-11-07', () => {
    const text =
      'With four days left before Election Day, Al Gore and George W. Bush are locked in a dead heat.';
    expect(valueOf(text, 'Election Day', '2000-11-03')).toEqual(['2000-11-07', '2000-11-07']);
  });

  it('reads "With only a week to go until New Year\'s Eve, police leave is cancelled", said on 24 December 1999, as 1999-12-31', () => {
    const text = "With only a week to go until New Year's Eve, police leave is cancelled.";
    expect(valueOf(text, "New Year's Eve", '1999-12-24')).toEqual(['1999-12-31', '1999-12-31']);
  });

  it('reads "With 10 days remaining before Easter, churches say they are ready", said on 30 March 1999, as 1999-04-04', () => {
    const text = 'With 10 days remaining before Easter, churches say they are ready.';
    expect(valueOf(text, 'Easter', '1999-03-30')).toEqual(['1999-04-04', '1999-04-04']);
  });

  it('leaves "With two days left before Election Day, the campaign was in trouble", said on 3 November 2000, to its past (1999-11-02)', () => {
    const text = 'With two days left before Election Day, the campaign was in trouble.';
    expect(valueOf(text, 'Election Day', '2000-11-03')).toEqual(['1999-11-02', '1999-11-02']);
  });

  it.each([
    [
      'With three days left before Christmas, shoppers jammed the malls.',
      '1999-12-28',
      'Christmas',
      '1999-12-25',
    ],
    [
      "With four days left before Election Day, Gore's lead in Florida vanished.",
      '2000-11-10',
      'Election Day',
      '2000-11-07',
    ],
  ])(
    'leaves "%s", told in a past of its own and said on %s, to the day gone by',
    (text, published, phrase, value) => {
      expect(valueOf(text, phrase, published)).toEqual([value, value]);
    },
  );

  it('does not take "The money left before Christmas" for a countdown', () => {
    const text = 'The money left before Christmas.';
    expect(countdownBefore(text, text.indexOf('Christmas'))).toBe(false);
  });

  it('does not take "He left two days before Christmas" for a countdown', () => {
    const text = 'He left two days before Christmas.';
    expect(countdownBefore(text, text.indexOf('Christmas'))).toBe(false);
  });

  it('reads "With only six shopping days left before Christmas, merchants are cutting prices", said on Monday 18 December 1989, as 1989-12-25', () => {
    const text = 'With only six shopping days left before Christmas, merchants are cutting prices.';
    expect(countdownBefore(text, text.indexOf('Christmas'))).toBe(true);
  });

  it('leaves "With six shopping days left before Christmas, the store was robbed" to its past', () => {
    const text = 'With six shopping days left before Christmas, the store was robbed.';
    expect(countdownBefore(text, text.indexOf('Christmas'))).toBe(false);
  });
});
