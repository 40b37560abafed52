import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const NOV = { published: '2026-11-25', locale: 'en-US' } as const;
const news = (text: string, phrase: string) =>
  findMentions(text, NOV).find((m) => m.text.includes(phrase));
const timeml = (text: string, phrase: string) =>
  findTimemlMentions(text, NOV).find((m) => m.text.includes(phrase));

describe('hoursBeforeWeekdayRange', () => {
  it('reads "The tax office is open between 9 a.m. and 5 p.m., Monday through Friday" as bare clocks and every Monday and Friday', () => {
    const text = 'The tax office is open between 9 a.m. and 5 p.m., Monday through Friday.';
    expect(news(text, '9 a.m.')?.value).toBe('T09:00');
    expect(news(text, '5 p.m.')?.text).toBe('5 p.m.');
    expect(news(text, '5 p.m.')?.value).toBe('T17:00');
    expect(news(text, 'Monday')?.value).toBe('XXXX-WXX-1');
    expect(news(text, 'Monday')?.type).toBe('SET');
    expect(news(text, 'Friday')?.value).toBe('XXXX-WXX-5');
    expect(timeml(text, '5 p.m.')?.value).toBe('T17:00');
    expect(timeml(text, 'Friday')?.value).toBe('XXXX-WXX-5');
  });

  it('reads "The helpline is staffed from 8am to 6pm, Monday to Friday" and "Visiting hours are 10 a.m. to 8 p.m., Tuesday through Sunday" alike', () => {
    const helpline = 'The helpline is staffed from 8am to 6pm, Monday to Friday.';
    expect(news(helpline, '8am')?.value).toBe('T08:00');
    expect(news(helpline, '6pm')?.value).toBe('T18:00');
    expect(news(helpline, 'Monday')?.value).toBe('XXXX-WXX-1');
    const visiting = 'Visiting hours are 10 a.m. to 8 p.m., Tuesday through Sunday.';
    expect(news(visiting, '8 p.m.')?.value).toBe('T20:00');
    expect(news(visiting, 'Tuesday')?.value).toBe('XXXX-WXX-2');
    expect(news(visiting, 'Sunday')?.value).toBe('XXXX-WXX-7');
  });

  it('keeps hours told once before a stretch of weekdays on the calendar', () => {
    const once = 'The office will be open from 9am to 1pm, Monday to Wednesday.';
    expect(news(once, 'Wednesday')?.value).toMatch(/^2026-/);
    expect(news(once, '1pm')?.value).toMatch(/^2026-/);
    const protest = 'The protest ran until 5 p.m., Monday to Friday.';
    expect(news(protest, 'Friday')?.value).toMatch(/^2026-/);
  });
});
