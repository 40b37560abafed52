import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

const SEPT_12 = { published: '2001-09-12', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, SEPT_12).map((m) => [m.text, m.value] as const);

describe('the present told as a moment', () => {
  it("reads 'at the moment' before a present verb as the present", () => {
    expect(read('At the moment, crews are still searching the site.')).toEqual([
      ['At the moment', 'PRESENT_REF'],
    ]);
  });

  it("reads no 'this moment' wording as the present, a moment a story may tell of any time", () => {
    expect(read('He realized at this moment that the vote had been delayed.')).toEqual([]);
    expect(read('The crowd cheered at this moment, as the ball crossed the line.')).toEqual([]);
    expect(read('Nobody knows at this very moment how many were inside.')).toEqual([]);
    expect(read('It is not clear at the present moment who is in charge.')).toEqual([]);
  });

  it('reads "At this moment on Monday, the storm was still offshore." as Monday alone', () => {
    expect(read('At this moment on Monday, the storm was still offshore.')).toEqual([
      ['on Monday', '2001-09-10'],
    ]);
    expect(read('At this moment two years ago, the economy was in free fall.')).toEqual([
      ['two years ago', '1999'],
    ]);
  });

  it('does not read a moment that is not now', () => {
    expect(read('This moment in history will be remembered.')).toEqual([]);
    expect(read('He paused for a moment before answering.')).toEqual([]);
  });
});

describe('a moment that is not the present of the sentence', () => {
  it("reads 'At the moment last year, the market was booming' as last year alone", () => {
    expect(read('At the moment last year, the market was booming.')).toEqual([
      ['last year', '2000'],
    ]);
  });

  it("does not read 'At the moment the crowd fell silent' as the present", () => {
    expect(read('At the moment the crowd fell silent, witnesses said.')).toEqual([]);
    expect(read('At the moment the plane hit the tower, he was on the phone.')).toEqual([]);
  });

  it('still reads a moment before a present verb as the present', () => {
    expect(read('At the moment the crews are still searching.')).toEqual([
      ['At the moment', 'PRESENT_REF'],
    ]);
  });
});
