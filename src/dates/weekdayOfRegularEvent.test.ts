import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

const NOV = { published: '2026-11-18', locale: 'en-GB' } as const;
const news = (text: string, phrase: string) =>
  findMentions(text, NOV).find((m) => m.text.includes(phrase));
const timeml = (text: string, phrase: string) =>
  findTimemlMentions(text, NOV).find((m) => m.text.includes(phrase));

describe('weekdayOfRegularEvent', () => {
  it('reads "The mosque holds Friday prayers at 1.15pm" as every Friday at a bare 1.15pm', () => {
    const text = 'The mosque holds Friday prayers at 1.15pm in the main hall.';
    expect(news(text, 'Friday')?.value).toBe('XXXX-WXX-5');
    expect(news(text, 'Friday')?.type).toBe('SET');
    expect(timeml(text, 'Friday')?.value).toBe('XXXX-WXX-5');
    expect(news(text, '1.15pm')?.value).toBe('T13:15');
    expect(timeml(text, '1.15pm')?.value).toBe('T13:15');
  });

  it('reads "Saturday services are held at 9 a.m." and "Sunday Mass is celebrated at 8 a.m. and 11 a.m." as habits', () => {
    const services = 'Saturday services are held at 9 a.m. in the chapel.';
    expect(news(services, 'Saturday')?.value).toBe('XXXX-WXX-6');
    expect(news(services, '9 a.m.')?.value).toBe('T09:00');
    const mass = 'Sunday Mass is celebrated at 8 a.m. and 11 a.m.';
    expect(news(mass, 'Sunday')?.value).toBe('XXXX-WXX-7');
    expect(timeml(mass, '11 a.m')?.value).toBe('T11:00');
  });

  it('reads a weekday with its part of the day before the event, "Tuesday evening rehearsals start at 7.30pm"', () => {
    const text = 'Tuesday evening rehearsals start at 7.30pm in the village hall.';
    expect(news(text, 'Tuesday')?.value).toBe('XXXX-WXX-2');
    expect(timeml(text, 'Tuesday')?.value).toBe('XXXX-WXX-2');
    expect(news(text, '7.30pm')?.value).toBe('T19:30');
    expect(
      news('Thursday night bingo starts at 7 p.m. at the Legion hall.', 'Thursday')?.value,
    ).toBe('XXXX-WXX-4');
    expect(news('The Friday market runs from 8am to 2pm on the quayside.', '2pm')?.value).toBe(
      'T14:00',
    );
  });

  it('keeps a weekday of an event told in the past or the future on the calendar', () => {
    const moved = "The church's Sunday service was moved to 11am because of the flooding.";
    expect(news(moved, 'Sunday')?.value).toMatch(/^2026-11-/);
    const stadium = 'Friday prayers will be held at the national stadium.';
    expect(news(stadium, 'Friday')?.value).toMatch(/^2026-11-/);
    expect(timeml(stadium, 'Friday')?.value).toMatch(/^2026-11-/);
    const snow = 'Sunday services are cancelled because of the snow.';
    expect(news(snow, 'Sunday')?.value).toMatch(/^2026-11-/);
    const budget = 'Wednesday meetings are expected to focus on the budget.';
    expect(news(budget, 'Wednesday')?.value).toMatch(/^2026-11-/);
  });

  it('keeps a weekday after "on", "this" or "next", or beside another day, on the calendar', () => {
    expect(news('On Sunday services begin at 10am.', 'Sunday')?.value).toMatch(/^2026-11-/);
    expect(news("Saturday's market is the last of the year.", 'Saturday')?.value).toMatch(
      /^2026-11-/,
    );
    const surgeries = "The council's Tuesday surgeries resume on 1 December.";
    expect(news(surgeries, 'Tuesday')?.value ?? '').not.toBe('XXXX-WXX-2');
  });

  it('keeps the one-off beside the habit: "…holds Friday prayers at 1pm, and this Friday\'s will be led by the new imam"', () => {
    const text =
      "The chapel holds Friday prayers at 1pm, and this Friday's will be led by the new imam.";
    expect(news(text, 'Friday')?.value).toBe('XXXX-WXX-5');
    expect(news(text, '1pm')?.value).toBe('T13:00');
    expect(news(text, 'this Friday')?.value).toMatch(/^2026-11-/);
  });

  it('keeps news of one occasion told in the present with no clock, "Friday prayers draw thousands to protest", on the calendar', () => {
    const FRI = { published: '2026-11-20', locale: 'en-GB' } as const;
    const day = (text: string, phrase: string) => [
      findMentions(text, FRI).find((m) => m.text.includes(phrase))?.value,
      findTimemlMentions(text, FRI).find((m) => m.text.includes(phrase))?.value,
    ];
    expect(day('Friday prayers draw thousands to protest against the new law.', 'Friday')).toEqual([
      '2026-11-20',
      '2026-11-20',
    ]);
    expect(day('Friday prayers end peacefully despite fears of unrest.', 'Friday')).toEqual([
      '2026-11-20',
      '2026-11-20',
    ]);
    const bishop = 'Sunday Mass at the cathedral is led by the new bishop, who arrives from Rome.';
    expect(day(bishop, 'Sunday')[0]).toMatch(/^2026-11-/);
    const alert = 'Police are on alert ahead of Friday prayers, which begin at 1pm.';
    expect(news(alert, 'Friday')?.value).toMatch(/^2026-11-/);
  });

  it('leaves "Friday prayers draw thousands to the square at 1pm" a day, "draw" telling no timetable', () => {
    const text = 'Friday prayers draw thousands to the square at 1pm.';
    expect(news(text, 'Friday')?.value).not.toBe('XXXX-WXX-5');
    expect(timeml(text, 'Friday')?.value).not.toBe('XXXX-WXX-5');
  });

  it('leaves "Friday prayers will begin at 1pm at the stadium" the coming Friday', () => {
    const text = 'Friday prayers will begin at 1pm at the stadium.';
    expect(news(text, 'Friday')?.value).toBe('2026-11-20');
    expect(timeml(text, 'Friday')?.value).toBe('2026-11-20');
  });
});
