import { describe, expect, it } from 'vitest';
import { clockZone } from './clockZone.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

describe('clockZone', () => {
  it('gives the zone written right after a clock time, as written', () => {
    expect(clockZone('at 10:30 a.m. EST on March 3')).toBe('EST');
    expect(clockZone('0425 GMT Friday')).toBe('GMT');
    expect(clockZone('at 3pm BST')).toBe('BST');
    expect(clockZone('noon local time on Monday')).toBe('local time');
    expect(clockZone('3 p.m. Eastern time')).toBe('Eastern time');
  });

  it('gives the zone written after the weekday that follows a clock time', () => {
    expect(clockZone('at 5 p.m. Tuesday local time')).toBe('local time');
    expect(clockZone('10 a.m. on Friday EST')).toBe('EST');
  });

  it('gives the time of a place written after a clock time, but not a sentence opening with "time"', () => {
    expect(clockZone('at 6 a.m. Beijing time on Thursday')).toBe('Beijing time');
    expect(clockZone('10 a.m. Moscow time')).toBe('Moscow time');
    expect(clockZone('at 3 p.m. This time')).toBeUndefined();
    expect(clockZone('at 9 p.m. Prime time')).toBeUndefined();
  });

  it("gives a place's time of up to three words, before a day, a parenthesis, punctuation or the end", () => {
    expect(clockZone('at 9 a.m. New York time on Friday')).toBe('New York time');
    expect(clockZone('at 8 p.m. Hong Kong time (1200 GMT)')).toBe('Hong Kong time');
    expect(clockZone('at 6 a.m. Beijing time Thursday')).toBe('Beijing time');
    expect(clockZone('at 6 a.m. Beijing time, officials said')).toBe('Beijing time');
  });

  it('gives no zone for a capitalised word and "time" that go on as a sentence of their own', () => {
    for (const words of [
      'at 3 p.m. Added time lasted six minutes',
      'at 3 p.m. Response time was slow',
      'at 3 p.m. Second time around',
      'at 3 p.m. Regulation time ended 2-2',
      'at 3 p.m. Prison time had changed him',
      'at 3 p.m. Normal time ends',
      'at 3 p.m. Another time, they left',
      'at 3 p.m. Christmas time is busy',
    ]) {
      expect(clockZone(words), words).toBeUndefined();
    }
  });

  it('gives "UK time" and "US time" after a clock as its zone', () => {
    expect(clockZone('at 8am UK time')).toBe('UK time');
    expect(clockZone('at 9 p.m. US time on Friday')).toBe('US time');
  });

  it('gives nothing for a clock time without a zone, or zone letters that follow no clock', () => {
    expect(clockZone('at 3am on Monday')).toBeUndefined();
    expect(clockZone('Monday, ET reported')).toBeUndefined();
  });
});

describe('clockZone: the region alone', () => {
  it('gives "Eastern" or "Pacific" written alone after a clock time, as AP writes the zone', () => {
    expect(clockZone('at 8:30 a.m. Eastern')).toBe('Eastern');
    expect(clockZone('at 1 p.m. Pacific on Monday')).toBe('Pacific');
    expect(clockZone('at 6 p.m. Central Thursday')).toBe('Central');
  });

  it('does not take a region that opens a name for a zone', () => {
    expect(clockZone('at 9 p.m. Central Park was closed')).toBeUndefined();
    expect(clockZone('by 4 p.m. Pacific Gas and Electric said')).toBeUndefined();
    expect(clockZone('at 2 p.m. Eastern-style')).toBeUndefined();
  });
});

describe('a zone in the words of a clock time', () => {
  const timeml = (text: string) =>
    findTimemlMentions(text, { published: '2025-03-12', locale: 'en-US' }).map(
      (m) => [m.text, m.value] as const,
    );

  it('takes "UK time" into the clock time\'s TIMEX3 extent', () => {
    expect(timeml('The results are due at 8am UK time.')).toEqual([
      ['8am UK time', '2025-03-12T08:00'],
    ]);
    expect(timeml('Kick-off is at half past seven UK time.')).toEqual([
      ['half past seven UK time', '2025-03-12T07:30'],
    ]);
  });

  it('leaves a name that opens with a zone word out of the extent', () => {
    expect(timeml('He flew at 8 p.m. Eastern Airlines said.')).toEqual([
      ['8 p.m', '2025-03-12T20:00'],
    ]);
  });
});
