import { describe, expect, it } from 'vitest';
import { datelineEnd, readDateline } from './readDateline.ts';

describe('readDateline', () => {
  it('reads a date line under a headline', () => {
    expect(
      readDateline('Apple unveils iPhone 4\nJune 8, 2010\nApple said on Monday…', 2026),
    ).toEqual({
      found: true,
      date: '2010-06-08',
      reasoning: ['Read from the dateline “June 8, 2010”.'],
    });
  });

  it('reads day-first dates, weekdays and ISO dates', () => {
    expect(readDateline('Tuesday, 8 June 2010\nText.', 2026)).toMatchObject({ date: '2010-06-08' });
    expect(readDateline('2010-06-08\nText.', 2026)).toMatchObject({ date: '2010-06-08' });
  });

  it('reads a wire dateline and takes its year from the text, saying so', () => {
    const text =
      'WASHINGTON, March 3 (Reuters) – Officials said the 2024 and 2025 talks would resume.';
    expect(readDateline(text, 2026)).toEqual({
      found: true,
      date: '2025-03-03',
      reasoning: [
        'Read from the dateline “WASHINGTON, March 3 (Reuters)”.',
        'The dateline gives no year; 2025 is the latest year the article names.',
      ],
    });
  });

  it('finds where a wire dateline ends and the lead on its line begins', () => {
    const text = 'GENEVA, March 5 (Reuters) – Ministers met on Tuesday.';
    expect(text.slice(datelineEnd(text))).toBe('Ministers met on Tuesday.');
    expect(datelineEnd('Apple sues\nJune 8, 2010\nApple said on Monday.')).toBeUndefined();
    expect(datelineEnd('Ministers met on Tuesday, March 5 – a first.')).toBeUndefined();
  });

  it('finds no dateline in an article that opens with a sentence', () => {
    expect(readDateline('Witkoff met Putin on August 6, 2025 in Moscow.', 2026)).toEqual({
      found: false,
      reason: 'none',
    });
  });

  it('refuses a dateline with no year when the text names none', () => {
    expect(readDateline('MOSCOW, Aug. 6 (AP) — Talks went on.', 2026)).toMatchObject({
      found: false,
      reason: 'no-year',
    });
  });

  it('refuses a day that does not exist', () => {
    expect(readDateline('February 30, 2010\nText.', 2026)).toMatchObject({ found: false });
  });
});
