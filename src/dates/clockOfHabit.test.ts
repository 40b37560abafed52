import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

type Options = { published: string; locale: 'en-GB' | 'en-US' };
const GB: Options = { published: '2026-03-11', locale: 'en-GB' };
const US: Options = { published: '2026-06-15', locale: 'en-US' };

const news = (text: string, options: Options, phrase: string) =>
  findMentions(text, options).find((m) => m.text.includes(phrase))?.value;
const timeml = (text: string, options: Options, phrase: string) =>
  findTimemlMentions(text, options).find((m) => m.text.includes(phrase))?.value;

describe('clockOfHabit', () => {
  it('reads "Buses run every 10 minutes until 7pm" as the habit\'s clock T19:00', () => {
    const text = 'Buses run every 10 minutes until 7pm.';
    expect(news(text, GB, '7pm')).toBe('T19:00');
    expect(timeml(text, GB, '7pm')).toBe('T19:00');
  });

  it('reads "The library opens at 9am on weekdays" as T09:00', () => {
    const text = 'The library opens at 9am on weekdays.';
    expect(news(text, US, '9am')).toBe('T09:00');
    expect(timeml(text, US, '9am')).toBe('T09:00');
  });

  it('reads "The shelter serves hot meals at 6pm every evening" as T18:00', () => {
    const text = 'The shelter serves hot meals at 6pm every evening.';
    expect(news(text, US, '6pm')).toBe('T18:00');
    expect(timeml(text, US, '6pm')).toBe('T18:00');
  });

  it('reads "Visiting hours are 2pm to 8pm daily" and "The procession usually sets off by 3pm"', () => {
    expect(news('Visiting hours are 2pm to 8pm daily.', US, '8pm')).toBe('T20:00');
    expect(timeml('The procession usually reaches the seafront by 3pm.', GB, '3pm')).toBe('T15:00');
  });

  it('keeps a clock in a sentence with no habit on the day of publication', () => {
    expect(news('The minister will speak at 7pm.', GB, '7pm')).toBe('2026-03-11T19:00');
    expect(timeml('The minister will speak at 7pm.', GB, '7pm')).toBe('2026-03-11T19:00');
  });

  it('keeps the day of a clock in a sentence that names a day ("on Election Day")', () => {
    const text = 'Polls open at 7 a.m. daily until Election Day.';
    expect(news(text, { published: '2026-10-02', locale: 'en-US' } as Options, '7 a.m.')).toMatch(
      /^2026-/,
    );
    const monday = 'Schools usually open at 9am, but this year classes began on Monday at 10am.';
    expect(news(monday, GB, '9am')).toMatch(/^2026-/);
  });

  it('keeps a clock whose habit is told in a relative clause after it', () => {
    const text =
      'The gunman opened fire at 10 p.m. at a bar where the victim had worked on Friday nights.';
    const options: Options = { published: '2026-03-09', locale: 'en-US' };
    expect(news(text, options, '10 p.m.')).toBe('2026-03-09T22:00');
    expect(timeml(text, options, '10 p.m.')).toBe('2026-03-09T22:00');
  });

  it('reads a habit only in the sentence of the clock', () => {
    const text = 'Buses run every 10 minutes. The mayor will speak at 7pm.';
    expect(news(text, GB, '7pm')).toBe('2026-03-11T19:00');
  });
});
