import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

type Options = { published: string; locale: 'en-GB' | 'en-US' };
const GB: Options = { published: '2026-03-12', locale: 'en-GB' };
const US: Options = { published: '2026-05-06', locale: 'en-US' };

const news = (text: string, options: Options, phrase: string) =>
  findMentions(text, options).find((m) => m.text.includes(phrase))?.value;
const timeml = (text: string, options: Options, phrase: string) =>
  findTimemlMentions(text, options).find((m) => m.text.includes(phrase))?.value;

describe('readClockAfterEverySet', () => {
  it('reads "The market is held every Thursday at 2pm" as the set and its clock T14:00', () => {
    const text = 'The market is held every Thursday at 2pm in the town square.';
    for (const read of [news, timeml]) {
      expect(read(text, GB, 'every Thursday')).toBe('XXXX-WXX-4');
      expect(read(text, GB, '2pm')).toBe('T14:00');
    }
  });

  it('reads both clocks of "every Saturday from 8 a.m. to noon"', () => {
    const text = 'The food pantry hands out groceries every Saturday from 8 a.m. to noon.';
    for (const read of [news, timeml]) {
      expect(read(text, US, '8 a.m.')).toBe('T08:00');
      expect(read(text, US, 'noon')).toBe('T12:00');
    }
  });

  it('reads "every Tuesday evening at 7pm." and "every weekday at 11:30 a.m." without the full stop', () => {
    const evening = 'The lifeboat crew trains every Tuesday evening at 7pm.';
    expect(news(evening, GB, '7pm')).toBe('T19:00');
    expect(timeml(evening, GB, '7pm')).toBe('T19:00');
    expect(findMentions(evening, GB).find((m) => m.text.includes('7pm'))?.text).toBe('7pm');
    const weekday = 'The senior center serves lunch every weekday at 11:30 a.m.';
    expect(news(weekday, US, '11:30')).toBe('T11:30');
    expect(timeml(weekday, US, '11:30')).toBe('T11:30');
  });

  it('reads "every Wednesday at 7pm" as T19:00 beside "on Wednesday at 8pm", with no day', () => {
    const club =
      'The club meets every Wednesday at 7pm, but on Wednesday at 8pm it will hold its annual meeting.';
    const vigil = "Sunday's vigil, held every Sunday at 6 p.m., drew hundreds.";
    for (const read of [news, timeml]) {
      expect(read(club, GB, '7pm')).toBe('T19:00');
      expect(read(vigil, GB, '6 p.m.')).toBe('T18:00');
    }
  });

  it('reads "every other Tuesday from 7am" as T07:00', () => {
    const text = 'Bin lorries collect recycling every other Tuesday from 7am.';
    expect(news(text, GB, '7am')).toBe('T07:00');
    expect(timeml(text, GB, '7am')).toBe('T07:00');
  });

  it('leaves "The meeting is on Thursday at 2pm", a day\'s time, with its day', () => {
    const text = 'The meeting is on Thursday at 2pm.';
    expect(news(text, GB, '2pm')).toBe('2026-03-12T14:00');
    expect(timeml(text, GB, '2pm')).toBe('2026-03-12T14:00');
  });

  it('reads no clock in "Prices rise every Sunday at 10 to 15 per cent"', () => {
    const text = 'Prices rise every Sunday at 10 to 15 per cent.';
    expect(news(text, GB, '10')).toBeUndefined();
    expect(timeml(text, GB, '10')).toBeUndefined();
  });

  it('reads the bare hour that opens a span, "every Sunday from 2 to 4 p.m.", with the half of the day of its end', () => {
    const exact = (text: string, words: string) =>
      findMentions(text, US).find((m) => m.text === words)?.value;
    const free = 'The museum is free every Sunday from 2 to 4 p.m.';
    expect(exact(free, '2')).toBe('T14:00');
    expect(exact(free, '4 p.m.')).toBe('T16:00');
    expect(timeml(free, US, '4 p.m.')).toBe('T16:00');
    const clinic = 'The clinic takes walk-ins every Wednesday from 9 to 11 a.m.';
    expect(exact(clinic, '9')).toBe('T09:00');
    expect(exact(clinic, '11 a.m.')).toBe('T11:00');
    expect(exact('The market runs every Saturday from 10 to 2 p.m.', '10')).toBe('T10:00');
  });

  it('reads no clock in a span with no a.m. or p.m. at its end, "every Sunday from 2 to 4" or "from 10 to 15 per cent"', () => {
    const mentions = (text: string) => findMentions(text, US).map((m) => m.text);
    expect(mentions('The club meets every Sunday from 2 to 4.')).not.toContain('2');
    expect(mentions('Prices rise every Sunday from 10 to 15 per cent.')).not.toContain('10');
  });

  it('reads the bare hour before "midnight" as the evening\'s, "every Friday from 10 to midnight"', () => {
    const exact = (text: string, words: string) =>
      findMentions(text, US).find((m) => m.text === words)?.value;
    const bar = 'The bar offers half-price drinks every Friday from 10 to midnight.';
    expect(exact(bar, '10')).toBe('T22:00');
    expect(findTimemlMentions(bar, US).find((m) => m.text === '10')?.value).toBe('T22:00');
    expect(exact('The cafe opens every Sunday from 10 to noon.', '10')).toBe('T10:00');
  });

  it('reads "every Tuesday and Thursday from 2 to 5 p.m.", said on 6 May 2026, as two sets and T17:00', () => {
    const text = 'The clinic offers free flu shots every Tuesday and Thursday from 2 to 5 p.m.';
    for (const read of [news, timeml]) {
      expect(read(text, US, 'Tuesday')).toBe('XXXX-WXX-2');
      expect(read(text, US, 'Thursday')).toBe('XXXX-WXX-4');
      expect(read(text, US, '5 p.m')).toBe('T17:00');
    }
  });

  it('reads "every Monday, Wednesday and Friday between 7 and 10 p.m." as three sets and T22:00', () => {
    const text =
      'Volunteers staff the desk every Monday, Wednesday and Friday between 7 and 10 p.m.';
    for (const read of [news, timeml]) {
      expect(read(text, GB, 'Wednesday')).toBe('XXXX-WXX-3');
      expect(read(text, GB, 'Friday')).toBe('XXXX-WXX-5');
      expect(read(text, GB, '10 p.m')).toBe('T22:00');
    }
  });

  it('keeps "on Monday and Tuesday from 2 to 5 p.m." as days, with no "every"', () => {
    const text = 'The clinic will offer flu shots on Monday and Tuesday from 2 to 5 p.m.';
    for (const read of [news, timeml]) {
      expect(read(text, US, 'Monday')).toBe('2026-05-11');
      expect(read(text, US, 'Tuesday')).toBe('2026-05-12T14:00');
    }
  });

  it('keeps "every Monday, and Friday at 6 p.m." apart: a comma and "and" with no list is a new clause, said on 6 May 2026, 2026-05-08T18:00', () => {
    const text =
      'The strikers have picketed every Monday, and Friday at 6 p.m. they will meet managers.';
    for (const read of [news, timeml]) {
      expect(read(text, US, 'every Monday')).toBe('XXXX-WXX-1');
      expect(read(text, US, 'Friday')).toBe('2026-05-08T18:00');
    }
    const list = 'The gym opens every Monday, Wednesday, and Friday at 6 a.m.';
    for (const read of [news, timeml]) {
      expect(read(list, US, 'Friday')).toBe('XXXX-WXX-5');
      expect(read(list, US, '6 a.m')).toBe('T06:00');
    }
  });
});
