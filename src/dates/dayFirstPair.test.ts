import { describe, expect, it } from 'vitest';
import { DAY_FIRST_PAIR } from './dayFirstPair.ts';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';

// Monday 9 March 2026.
const MONDAY = { published: '2026-03-09', locale: 'en-GB' } as const;
const news = (text: string) => findMentions(text, MONDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, MONDAY).map((m) => `${m.text} = ${m.value}`);

describe('two days of one month written day first, the month once', () => {
  it('finds the joiner between the two days, not elsewhere', () => {
    expect('on 12 and 13 March'.match(DAY_FIRST_PAIR)).toEqual(['and']);
    expect('on the 2nd or 3rd of June'.match(DAY_FIRST_PAIR)).toEqual(['or']);
    expect('Prices between £8 and 12 March were cut.'.match(DAY_FIRST_PAIR)).toBeNull();
    expect('between 8 and 12 may apply'.match(DAY_FIRST_PAIR)).toBeNull();
  });

  it('reads both days of "strike days on 12 and 13 March" in both readings', () => {
    const text = 'Strike days are planned on 12 and 13 March.';
    expect(news(text)).toEqual(['on 12 = 2026-03-12', '13 March = 2026-03-13']);
    expect(timeml(text)).toEqual(['12 = 2026-03-12', '13 March = 2026-03-13']);
  });

  it('reads "between 8 and 12 December" as one stretch in the news reading, two days in TimeML', () => {
    const text = 'The road will be closed between 8 and 12 December.';
    expect(news(text)).toEqual(['between 8 and 12 December = 2026-12-08/2026-12-12']);
    expect(timeml(text)).toEqual(['8 = 2026-12-08', '12 December = 2026-12-12']);
  });

  it('reads a pair told in the past as days gone by', () => {
    expect(news('Doctors walked out on 2 and 3 March.')).toEqual([
      'on 2 = 2026-03-02',
      '3 March = 2026-03-03',
    ]);
  });

  it('leaves a sum before the first number alone', () => {
    expect(news('Prices between £8 and 12 March were cut.')).toEqual(['12 March = 2026-03-12']);
  });
});
