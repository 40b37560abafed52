import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Thursday 3 December 2026.
const THURSDAY = { published: '2026-12-03', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);

describe('a feast and the clock time at which something happens on it', () => {
  it('reads "The show airs on Boxing Day at 9pm" as one time of Boxing Day in both readings', () => {
    const text = 'The show airs on Boxing Day at 9pm.';
    expect(news(text)).toEqual(['Boxing Day at 9pm = 2026-12-26T21:00']);
    expect(timeml(text)).toEqual(['Boxing Day at 9pm = 2026-12-26T21:00']);
  });

  it('joins each feast to its own clock in "close on Christmas Eve at 4pm and reopen on Boxing Day at 9am"', () => {
    const text = 'The shops close on Christmas Eve at 4pm and reopen on Boxing Day at 9am.';
    expect(news(text)).toEqual([
      'Christmas Eve at 4pm = 2026-12-24T16:00',
      'Boxing Day at 9am = 2026-12-26T09:00',
    ]);
  });

  it('leaves a clock in the next sentence apart from the feast', () => {
    const text = 'They met on Christmas Day. At 7pm the row began.';
    expect(news(text)).toEqual(['Christmas Day = 2025-12-25', 'At 7pm = 2025-12-25T19:00']);
  });

  it('leaves a clock joined by a word other than "at" apart from the feast', () => {
    const text = 'The shops open on Boxing Day, and by 9am queues had formed.';
    expect(news(text).some((m) => m.startsWith('Boxing Day ') && m.includes('9am'))).toBe(false);
  });

  it('leaves "on Boxing Day at Anfield, with kick-off at 3pm" as the feast and its clock apart', () => {
    const text = 'The match is on Boxing Day at Anfield, with kick-off at 3pm.';
    expect(news(text)).toEqual(['Boxing Day = 2026-12-26', 'at 3pm = 2026-12-26T15:00']);
    expect(timeml(text)).toEqual(['Boxing Day = 2026-12-26', '3pm = 2026-12-26T15:00']);
  });

  it('leaves the TimeML reading of "the next day at 5 a.m." as two mentions', () => {
    const text = 'He was arrested on Christmas Day and charged the next day at 5 a.m.';
    expect(timeml(text).some((m) => m.startsWith('the next day at'))).toBe(false);
  });
});

describe('a day word opening a sentence before "at" and a clock', () => {
  it('leaves "Tonight at eleven" to the reading of a bare hour after a part of the day', () => {
    expect(news('Tonight at eleven, the polls close.')).not.toContain(
      'Tonight at eleven = 2026-12-03T23:00',
    );
  });
});
