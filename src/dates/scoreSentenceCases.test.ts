import { describe, expect, it } from 'vitest';
import type { Finder } from './scoreBenchmark.ts';
import { SentenceCase } from './SentenceCase.ts';
import { scoreSentenceCases } from './scoreSentenceCases.ts';

const text = 'The clinic opens on Friday at 9am.';
const item = SentenceCase.parse({
  id: 's-1',
  published: '2026-03-11',
  text,
  expect: ['Friday = 2026-03-13', 'timeml: 9am = 2026-03-13T09:00', 'The clinic = -'],
});
const at = (words: string, value: string) => ({
  start: text.indexOf(words),
  end: text.indexOf(words) + words.length,
  type: 'DATE' as const,
  value,
});

describe('scoreSentenceCases', () => {
  it('counts an expectation right when a mention overlapping its phrase has its value', () => {
    const news: Finder = () => [at('on Friday', '2026-03-13')];
    const timeml: Finder = () => [at('Friday at 9am', '2026-03-13T09:00')];
    const score = scoreSentenceCases([item], { news, timeml });
    expect(score.byReading.news).toEqual({ right: 2, total: 2 });
    // TimeML mode's one mention covers "Friday" with the clock's value: "Friday" alone is missed.
    expect(score.byReading.timeml).toEqual({ right: 2, total: 3 });
    expect(score.misses).toEqual([
      {
        id: 's-1',
        reading: 'timeml',
        phrase: 'Friday',
        expected: '2026-03-13',
        found: ['"Friday at 9am" 2026-03-13T09:00'],
      },
    ]);
  });

  it('misses "-" when any mention overlaps the phrase, and a value when none does', () => {
    const news: Finder = () => [at('clinic', 'PRESENT_REF')];
    const score = scoreSentenceCases([item], { news, timeml: () => [] });
    expect(score.byReading.news).toEqual({ right: 0, total: 2 });
    expect(score.misses.map((m) => `${m.reading} ${m.phrase} ${m.found.join()}`)).toEqual([
      'news Friday ',
      'timeml Friday ',
      'timeml 9am ',
      'news The clinic "clinic" PRESENT_REF',
    ]);
  });

  it('reads each sentence once in each reading it is asked in', () => {
    let calls = 0;
    const counted: Finder = () => {
      calls++;
      return [];
    };
    scoreSentenceCases([item], { news: counted, timeml: counted });
    expect(calls).toBe(2);
  });
});
