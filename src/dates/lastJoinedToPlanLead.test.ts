import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { LAST_JOINED_TO_PLAN_LEAD } from './lastJoinedToPlanLead.ts';

// Tuesday 10 June 2025.
const PUBLISHED = { published: '2025-06-10', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} ${m.value}`);
const joined = new RegExp(`${LAST_JOINED_TO_PLAN_LEAD}\\s+$`);

describe('"last" joined by "and" to a planned verb', () => {
  it('reads how long a walkout will last, the verb left out of the extent in TimeML mode', () => {
    const text = 'The walkout will begin at midnight on Friday and last 48 hours.';
    expect(timeml(text)).toEqual(['midnight on Friday 2025-06-13T24', '48 hours PT48H']);
    expect(news(text)).toContain('48 hours PT48H');
  });

  it('reads how long a trial is expected to last after its start', () => {
    const text = 'The trial is expected to open on Monday and last three weeks.';
    expect(timeml(text)).toEqual(['Monday 2025-06-16', 'three weeks P3W']);
  });

  it('leaves "the last three months" after "and" a span looked over', () => {
    expect(timeml('Sales are expected to rise, and the last three months were strong.')).toEqual([
      'the last three months P3M',
    ]);
  });

  it('takes the "and" after a verb that follows "to" in one clause', () => {
    expect(joined.test('The trial is expected to open on Monday and ')).toBe(true);
  });

  it('does not take an "and" across a comma', () => {
    expect(joined.test('Sales are expected to rise, and ')).toBe(false);
  });

  it('does not take the last of "the first and last"', () => {
    expect(joined.test('He hopes to win the first and ')).toBe(false);
  });

  it('does not take a comparison\'s "to"', () => {
    expect(joined.test('Sales were up compared to March and ')).toBe(false);
  });
});
