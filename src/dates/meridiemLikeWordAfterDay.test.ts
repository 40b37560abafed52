import { describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { findTimemlMentions } from './findTimemlMentions.ts';
import { maskForChrono } from './maskForChrono.ts';
import { MERIDIEM_LIKE_WORD_AFTER_DAY } from './meridiemLikeWordAfterDay.ts';

// Thursday 24 February 2000.
const THURSDAY = { published: '2000-02-24', locale: 'en-US' } as const;
const news = (text: string) => findMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);
const timeml = (text: string) =>
  findTimemlMentions(text, THURSDAY).map((m) => `${m.text} = ${m.value}`);

describe('a word in "am" or "pm" right after a day written month first', () => {
  it('finds the opening letter of "amid", "among", "ambushed", not "am" alone nor the modal "may"', () => {
    expect('on May 12 amid tight security'.match(MERIDIEM_LIKE_WORD_AFTER_DAY)).toEqual(['a']);
    expect('on Feb. 4 among the parties'.match(MERIDIEM_LIKE_WORD_AFTER_DAY)).toEqual(['a']);
    expect('on Oct. 3rd ambushed a convoy'.match(MERIDIEM_LIKE_WORD_AFTER_DAY)).toEqual(['a']);
    expect('on May 12 am local time'.match(MERIDIEM_LIKE_WORD_AFTER_DAY)).toBeNull();
    expect('on May 12 a.m. local time'.match(MERIDIEM_LIKE_WORD_AFTER_DAY)).toBeNull();
    expect('they may 12 among them'.match(MERIDIEM_LIKE_WORD_AFTER_DAY)).toBeNull();
    expect('on 12 May amid tight security'.match(MERIDIEM_LIKE_WORD_AFTER_DAY)).toBeNull();
  });

  it('writes the letter as "_" for chrono, the text the same length', () => {
    const text = 'The vote was held on May 12 amid tight security.';
    expect(maskForChrono(text)).toBe('The vote was held on May 12 _mid tight security.');
  });

  it('reads "The coalition was sworn in on Feb. 4 amid protests" as that day', () => {
    const text = "Austria's coalition was sworn in on Feb. 4 amid protests.";
    expect(news(text)).toEqual(['Feb. 4 = 2000-02-04']);
    expect(timeml(text)).toEqual(['Feb. 4 = 2000-02-04']);
  });

  it('reads "The vote was held on May 12 amid tight security" as the May gone by', () => {
    const text = 'The vote was held on May 12 amid tight security.';
    expect(news(text)).toEqual(['May 12 = 1999-05-12']);
    expect(timeml(text)).toEqual(['May 12 = 1999-05-12']);
  });

  it('reads "Talks resume on March 3 among the factions" as the March to come', () => {
    const text = 'Talks resume on March 3 among the factions.';
    expect(news(text)).toEqual(['March 3 = 2000-03-03']);
    expect(timeml(text)).toEqual(['March 3 = 2000-03-03']);
  });

  it('leaves the modal of "They may 12 among them" unread', () => {
    expect(news('They may 12 among them.')).toEqual([]);
    expect(timeml('They may 12 among them.')).toEqual([]);
  });

  it('leaves a month after "in" and the figure that counts: "In January 12 ambassadors were expelled"', () => {
    const text = 'In January 12 ambassadors were expelled from the capital.';
    expect(news(text)).not.toContain('January 12 = 2000-01-12');
    expect(timeml(text)).not.toContain('January 12 = 2000-01-12');
  });
});
