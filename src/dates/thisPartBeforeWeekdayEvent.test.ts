import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { THIS_PART_BEFORE_BEFORE_WEEKDAY } from './thisPartBeforeWeekdayEvent.ts';

const read = (text: string, published: string) =>
  [findMentions, findTimemlMentions].map((find) =>
    find(text, { published, locale: 'en-US' }).map((m) => `${m.text} = ${m.value}`),
  );

describe("today's part of the day before a weekday's event", () => {
  it('reads "The governor met union leaders this morning before Friday\'s vote", said on Wednesday 13 May 2026, as this morning and 2026-05-15', () => {
    const text = "The governor met union leaders this morning before Friday's vote.";
    expect(read(text, '2026-05-13')).toEqual([
      ['this morning = 2026-05-13', 'Friday = 2026-05-15'],
      ['this morning = 2026-05-13TMO', 'Friday = 2026-05-15'],
    ]);
  });

  it('reads "Candidates made final appeals this morning before Tuesday\'s election", said on Monday 2 November 1998, as 1998-11-03', () => {
    const text = "Candidates made final appeals this morning before Tuesday's election.";
    expect(read(text, '1998-11-02')[0]).toContain('Tuesday = 1998-11-03');
  });

  it('reads "The prime minister spoke this afternoon before Wednesday\'s vote", said on Monday 22 June 2026, as 2026-06-24', () => {
    const text = "The prime minister spoke to reporters this afternoon before Wednesday's vote.";
    expect(read(text, '2026-06-22')).toEqual([
      ['this afternoon = 2026-06-22', 'Wednesday = 2026-06-24'],
      ['this afternoon = 2026-06-22TAF', 'Wednesday = 2026-06-24'],
    ]);
  });

  it('keeps "The governor met union leaders this morning after Wednesday\'s vote", said on Friday 15 May 2026, on 2026-05-13', () => {
    const text = "The governor met union leaders this morning after Wednesday's vote.";
    expect(read(text, '2026-05-15')[0]).toContain('Wednesday = 2026-05-13');
  });

  it('takes only "this" part of the day and "before"', () => {
    expect(THIS_PART_BEFORE_BEFORE_WEEKDAY.test('met leaders this morning before ')).toBe(true);
    expect(THIS_PART_BEFORE_BEFORE_WEEKDAY.test('met leaders the morning before ')).toBe(false);
  });
});
