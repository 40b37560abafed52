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

  it('reads "Buses run every 15 minutes, approx. until 11pm" as T23:00: a stop before a lower-case word ends no sentence', () => {
    const text = 'Buses run every 15 minutes, approx. until 11pm.';
    expect(news(text, GB, '11pm')).toBe('T23:00');
    expect(timeml(text, GB, '11pm')).toBe('T23:00');
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
  it('keeps a clock told in the past in its own clause on the day of publication ("arrived at 10.15am")', () => {
    const late = 'The minister, who usually arrives at 9am, was late and arrived at 10.15am.';
    expect(news(late, GB, '10.15am')).toBe('2026-03-11T10:15');
    expect(timeml(late, GB, '10.15am')).toBe('2026-03-11T10:15');
    expect(news(late, GB, '9am')).toBe('T09:00');
    const shooting =
      'Police said the shooting happened at 2am, and officers patrol the area every night.';
    expect(news(shooting, US, '2am')).toBe('2026-06-15T02:00');
    expect(timeml(shooting, US, '2am')).toBe('2026-06-15T02:00');
    const fire = 'The fire broke out at 3am at a warehouse that is usually empty at night.';
    expect(timeml(fire, US, '3am')).toBe('2026-06-15T03:00');
  });

  it('reads a habit told in the past right after its adverb ("The editors usually met at 10am")', () => {
    expect(news('The editors usually met at 10am.', US, '10am')).toBe('T10:00');
    expect(timeml('The editors usually met at 10am.', US, '10am')).toBe('T10:00');
  });
  it('reads a habit told in the past in the clock\'s own clause ("The monks rose at 4am for prayers every day")', () => {
    const text = 'The monks rose at 4am for prayers every day.';
    expect(news(text, GB, '4am')).toBe('T04:00');
    expect(timeml(text, GB, '4am')).toBe('T04:00');
    const queues = 'Queues used to form by 7am, every Saturday without fail.';
    expect(timeml(queues, GB, '7am')).toBe('T07:00');
    const hotline = 'The hotline is staffed from 7am to 11pm, seven days a week.';
    expect(news(hotline, US, '7am')).toBe('T07:00');
    expect(timeml(hotline, US, '11pm')).toBe('T23:00');
  });

  it('keeps a clock told by a past progressive on the day of publication, even beside a set', () => {
    const text = 'The strike began at 6am and trains were running every 20 minutes by noon.';
    expect(news(text, US, 'noon')).toBe('2026-06-15T12:00');
    expect(timeml(text, US, 'noon')).toBe('2026-06-15T12:00');
    expect(timeml(text, US, '6am')).toBe('2026-06-15T06:00');
  });

  it('reads "In summer the pool opens at 6 a.m." and "In winter the evening ferries stop at 6pm" as the habit\'s clock, the season of no year its cue', () => {
    const pool = 'In summer the pool opens at 6 a.m. for lap swimmers.';
    expect(news(pool, US, 'summer')).toBe('XXXX-SU');
    expect(news(pool, US, '6 a.m.')).toBe('T06:00');
    expect(timeml(pool, US, '6 a.m.')).toBe('T06:00');
    const ferries = 'In winter the evening ferries stop at 6pm.';
    expect(news(ferries, GB, '6pm')).toBe('T18:00');
    expect(timeml(ferries, GB, '6pm')).toBe('T18:00');
  });

  it('keeps a clock beside a season of one year on the day of publication', () => {
    const last = 'Last summer the pool opened at 6 a.m. for lap swimmers.';
    expect(news(last, US, 'Last summer')).toBe('2025-SU');
    expect(news(last, US, '6 a.m.')).toBe('2026-06-15T06:00');
    const coming = 'This summer the pool will open at 6 a.m. for lap swimmers.';
    expect(news(coming, US, '6 a.m.')).toBe('2026-06-15T06:00');
  });
});
