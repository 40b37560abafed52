import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// A Wednesday.
const MARCH_12 = { published: '2025-03-12', locale: 'en-GB' } as const;
const news = (text: string) =>
  findMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);
const timeml = (text: string) =>
  findTimemlMentions(text, MARCH_12).map((m) => [m.text, m.type, m.value] as const);

describe('services named by their time', () => {
  it('reads no clock in "the 06:12 Carlisle to Barrow service" or "the 7.15am train", in both readings', () => {
    for (const text of [
      'Passengers on the 06:12 Carlisle to Barrow service were stranded.',
      'She missed the 7.15am train and walked.',
      'The 18:40 flight was cancelled because of fog.',
    ]) {
      expect(news(text)).toEqual([]);
      expect(timeml(text)).toEqual([]);
    }
  });

  it('still reads a clock at which a train left, or a deadline set by it', () => {
    const left = 'The train left Carlisle at 06:12.';
    expect(news(left).map((m) => m[2])).toEqual(['2025-03-12T06:12']);
    expect(timeml(left).map((m) => m[2])).toEqual(['2025-03-12T06:12']);
    expect(news('The 2019 flight ban was lifted.').map((m) => m[2])).toEqual(['2019']);
    expect(news('Bids must arrive before the 18:00 deadline.').map((m) => m[2])).toEqual([
      '2025-03-12T18:00',
    ]);
  });
  it('reads no clock in "She missed the 7am train." nor in "the 10:00 briefing" or "the 5 o\'clock departure", as in "the 7 o\'clock train"', () => {
    for (const text of [
      'She missed the 7am train.',
      'At the 10:00 briefing, the spokesman said the talks were over.',
      "The 5 o'clock departure was cancelled.",
    ]) {
      expect(news(text)).toEqual([]);
      expect(timeml(text)).toEqual([]);
    }
  });

  it('reads no clock in "the 07:12 from Brighton" or "the 08:02 to Waterloo", a train named by its time and its place, but keeps the day', () => {
    for (const text of [
      'Commuters on the 08:02 to Waterloo were stuck outside Clapham.',
      'Passengers on the 6.50am from Leeds were stranded outside York.',
    ]) {
      expect(news(text)).toEqual([]);
      expect(timeml(text)).toEqual([]);
    }
    const cancelled = 'The 18:04 from Paddington to Cardiff was cancelled on Friday.';
    expect(news(cancelled)).toEqual([['on Friday', 'DATE', '2025-03-07']]);
    expect(timeml(cancelled)).toEqual([['Friday', 'DATE', '2025-03-07']]);
  });

  it('keeps the times in "from the 9am to Friday\'s close" and "the 10:30 to 11:30 slot", where no place follows', () => {
    expect(news("Trading is halted from the 9am to Friday's close.").map((m) => m[2])).toEqual([
      '2025-03-12T09:00',
      '2025-03-07',
    ]);
    expect(news('The 10:30 to 11:30 slot is free.').map((m) => m[2])).toEqual([
      '2025-03-12T10:30',
      '2025-03-12T11:30',
    ]);
    expect(news('The train leaves at 07:12 from Brighton.').map((m) => m[2])).toEqual([
      '2025-03-12T07:12',
    ]);
  });
});
