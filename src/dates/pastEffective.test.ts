import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { PAST_EFFECTIVE } from './pastEffective.ts';

// A Wednesday in September: Jan. 1 gone by is 2026's, the coming one 2027's.
const PUBLISHED = { published: '2026-09-02', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, PUBLISHED).map((m) => `${m.text} = ${m.value}`);

describe('a past of "effective" before a date', () => {
  it.each(['The rule was effective Jan. 1.', 'The law became effective Jan. 1.'])(
    'reads %j as the day gone by, in both readings, as "took effect Jan. 1" is',
    (text) => {
      expect(news(text)).toEqual(['Jan. 1 = 2026-01-01']);
      expect(timeml(text)).toEqual(['Jan. 1 = 2026-01-01']);
    },
  );

  it('keeps "effective" alone, or after "will be", ahead', () => {
    expect(news('The policy, effective Jan. 1, caps rent increases.')).toEqual([
      'Jan. 1 = 2027-01-01',
    ]);
    expect(news('The rule will be effective Jan. 1.')).toEqual(['Jan. 1 = 2027-01-01']);
  });

  it('needs the past right before "effective"', () => {
    expect(PAST_EFFECTIVE.test('The law became effective ')).toBe(true);
    expect(PAST_EFFECTIVE.test('The law is effective ')).toBe(false);
  });
});
