import { describe, expect, it } from 'vitest';
import { maskForChrono } from './maskForChrono.ts';

describe('maskForChrono', () => {
  it('writes "last May" as "in May" padded to the same length, so chrono reads the month', () => {
    expect(maskForChrono('They met last May.')).toBe('They met in   May.');
  });

  it('writes the "and" of "June 12 and 13" as "to", so both days are read', () => {
    expect(maskForChrono('Talks on June 12 and 13.')).toBe('Talks on June 12 to  13.');
  });

  it('writes the "and" or "or" between another month and a May that ends the phrase as "in"', () => {
    expect(maskForChrono('Sales fell in April and May.')).toBe('Sales fell in April in  May.');
    expect(maskForChrono('Due in October or May, they said.')).toBe(
      'Due in October in May, they said.',
    );
    expect(maskForChrono('Rain fell in June and May of last year.')).toBe(
      'Rain fell in June in  May of last year.',
    );
  });

  it('leaves a May after a month and "and" as it is when a verb or a time named follows it, or May is a person', () => {
    for (const text of [
      'Sales in April and May rose.',
      'Output will rise in July and May fall.',
      'Theresa May met him in April and May.',
      'He left in April and May said so.',
      'Merkel met Macron in April and May in June.',
      'Macron met Merkel in March and May on Friday.',
    ]) {
      expect(maskForChrono(text)).toBe(text);
    }
  });

  it('writes "and" before a May and a preposition as "in" only when no month, season or weekday follows', () => {
    expect(maskForChrono('Rain fell in June and May in 2019.')).toBe(
      'Rain fell in June in  May in 2019.',
    );
    expect(maskForChrono('Macron met Merkel in March and May in the spring.')).toBe(
      'Macron met Merkel in March and May in the spring.',
    );
  });

  it('leaves the "and" of "on May 2 and 3 others", a count after it, as it is', () => {
    const text = 'Two died on May 2 and 3 others later.';
    expect(maskForChrono(text)).toBe(text);
  });

  it('blanks a proper fraction before what it is a part of ("the 2/3 majority"), not "the 11/5 vote"', () => {
    expect(maskForChrono('It needs a 2/3 majority.')).toBe('It needs a     majority.');
    expect(maskForChrono('Before the 11/5 vote.')).toBe('Before the 11/5 vote.');
  });

  it('keeps every offset: the masked text is as long as the text', () => {
    const text = 'Shares rose 1.4%, or 6.43, on Friday, now up; it lasts until Tues. in Tucson.';
    expect(maskForChrono(text)).toHaveLength(text.length);
  });
});
