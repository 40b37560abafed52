import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { SCHOOL_BREAK_UP } from './schoolBreakUp.ts';

// A Wednesday: the coming Friday is 17 October, the last one 10 October.
const PUBLISHED = { published: '2025-10-15', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);

describe('schools breaking up for a holiday', () => {
  it('reads the day schools break up as the coming one, in both readings', () => {
    const text = 'Schools in the county break up for half-term on Friday.';
    expect(news(text)).toEqual(['on Friday = 2025-10-17']);
    expect(timeml(text)).toEqual(['Friday = 2025-10-17']);
    expect(news('The school breaks up for half-term on Friday.')).toEqual([
      'on Friday = 2025-10-17',
    ]);
  });

  it('does not read "break up" before anything but a holiday as a schedule', () => {
    expect(news('Police break up a fight on Friday.')).toEqual(['on Friday = 2025-10-10']);
    expect(new RegExp(SCHOOL_BREAK_UP, 'i').test('break up for talks')).toBe(false);
  });
});
