import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';

const SEPT_12 = { published: '2001-09-12', locale: 'en-US' } as const;
const read = (text: string) => findMentions(text, SEPT_12).map((m) => [m.text, m.value] as const);

describe('the present told as a moment', () => {
  it("reads 'at this moment' and 'at this very moment' as the present, as 'at the moment' is", () => {
    expect(read('At this moment, crews are still searching the site.')).toEqual([
      ['At this moment', 'PRESENT_REF'],
    ]);
    expect(read('Nobody knows at this very moment how many were inside.')).toEqual([
      ['at this very moment', 'PRESENT_REF'],
    ]);
    expect(read('It is not clear at the present moment who is in charge.')).toEqual([
      ['at the present moment', 'PRESENT_REF'],
    ]);
  });

  it('does not read a moment that is not now', () => {
    expect(read('This moment in history will be remembered.')).toEqual([]);
    expect(read('He paused for a moment before answering.')).toEqual([]);
  });
});

describe('a moment that is not the present of the sentence', () => {
  it("reads 'At this moment last year, the market was booming' as last year alone", () => {
    expect(read('At this moment last year, the market was booming.')).toEqual([
      ['last year', '2000'],
    ]);
  });

  it("does not read 'At this moment the crowd fell silent' as the present", () => {
    expect(read('At this moment the crowd fell silent, witnesses said.')).toEqual([]);
    expect(read('At this moment the plane hit the tower, he was on the phone.')).toEqual([]);
  });

  it('still reads a moment before a present verb as the present', () => {
    expect(read('At this moment the crews are still searching.')).toEqual([
      ['At this moment', 'PRESENT_REF'],
    ]);
  });
});
