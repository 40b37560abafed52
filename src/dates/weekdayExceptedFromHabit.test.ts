import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const OCT = { published: '2026-10-27', locale: 'en-GB' } as const;
const news = (text: string, phrase: string) =>
  findMentions(text, OCT).find((m) => m.text.includes(phrase));
const timeml = (text: string, phrase: string) =>
  findTimemlMentions(text, OCT).find((m) => m.text.includes(phrase));

describe('weekdayExceptedFromHabit', () => {
  it('reads "The café opens at 7am every day except Sunday" as every Sunday, the clock T07:00', () => {
    const text = 'The café opens at 7am every day except Sunday.';
    expect(news(text, 'Sunday')?.value).toBe('XXXX-WXX-7');
    expect(news(text, 'Sunday')?.type).toBe('SET');
    expect(timeml(text, 'Sunday')?.value).toBe('XXXX-WXX-7');
    expect(news(text, '7am')?.value).toBe('T07:00');
  });

  it('reads "The library is open each day apart from Tuesday" as every Tuesday', () => {
    const text = 'The library is open each day apart from Tuesday.';
    expect(news(text, 'Tuesday')?.value).toBe('XXXX-WXX-2');
    expect(timeml(text, 'Tuesday')?.value).toBe('XXXX-WXX-2');
  });

  it('keeps a weekday left out with its date on the calendar', () => {
    const text = 'The café is open every day except Sunday, Nov. 1.';
    expect(news(text, 'Sunday')?.value).toMatch(/^2026-11-01/);
    expect(news('The café is open every day except next Sunday.', 'Sunday')?.value).toMatch(
      /^2026-11-0/,
    );
  });

  it('keeps a weekday not left out of a daily habit on the calendar', () => {
    expect(news('The café opens daily, and on Sunday it hosts a fair.', 'Sunday')?.value).toBe(
      '2026-11-01',
    );
    const storm = 'Buses ran daily, but on Sunday the service was cancelled because of the storm.';
    expect(news(storm, 'Sunday')?.value).toBe('2026-10-25');
    expect(timeml(storm, 'Sunday')?.value).toBe('2026-10-25');
    expect(news('Flights operate daily but Tuesday.', 'Tuesday')?.value).toBe('XXXX-WXX-2');
    expect(news('Everyone came except Sunday’s guests.', 'Sunday')?.value ?? '').not.toBe(
      'XXXX-WXX-7',
    );
  });

  it('reads "The café opens every day except Sunday. On Monday it will host a poetry evening." with Monday on the calendar', () => {
    const text = 'The café opens every day except Sunday. On Monday it will host a poetry evening.';
    expect(news(text, 'Sunday')?.value).toBe('XXXX-WXX-7');
    expect(news(text, 'Monday')?.value).toBe('2026-11-02');
    expect(timeml(text, 'Monday')?.value).toBe('2026-11-02');
  });

  it('reads "The bakery opens every morning except Monday" and "The ferry sails every weekday but Friday" as every such weekday', () => {
    const bakery = 'The bakery opens every morning except Monday.';
    expect(news(bakery, 'Monday')?.value).toBe('XXXX-WXX-1');
    expect(timeml(bakery, 'Monday')?.value).toBe('XXXX-WXX-1');
    const ferry = 'The ferry sails every weekday but Friday.';
    expect(news(ferry, 'Friday')?.value).toBe('XXXX-WXX-5');
    expect(timeml(ferry, 'Friday')?.value).toBe('XXXX-WXX-5');
    expect(news('The club trains every weeknight except Friday.', 'Friday')?.value).toBe(
      'XXXX-WXX-5',
    );
    expect(news('The gym is open each evening apart from Sunday.', 'Sunday')?.value).toBe(
      'XXXX-WXX-7',
    );
  });

  it('keeps a weekday after a part of the day that is no habit on the calendar', () => {
    expect(news('The shop was busy every morning but Sunday was quiet.', 'Sunday')?.value).toMatch(
      /^2026-10-25/,
    );
    const storm = 'Trains ran every evening, but on Sunday the line was closed by the storm.';
    expect(news(storm, 'Sunday')?.value).toBe('2026-10-25');
    expect(
      news('Everyone worked every morning except Sunday’s volunteers.', 'Sunday')?.value ?? '',
    ).not.toBe('XXXX-WXX-7');
  });
});
