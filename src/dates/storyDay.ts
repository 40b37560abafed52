import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { pad } from './parseChrono.ts';
import { sentenceEnds } from './sentenceEnds.ts';
import type { Tense } from './tenseAround.ts';

// A year the story is told in: "in 2006", "in June 2006", "on 3 May 2006", "in the summer of 2006",
// not one a span runs from or to ("since 1990", "until 2001").
const STORY_YEAR = new RegExp(
  `\\b(?:in|on)\\s+(?:(?:early|late|mid-?)\\s*)?(?:(?:the\\s+\\w+\\s+of|\\d{1,2}\\s+${MONTH_WORD_SOURCE}\\.?|${MONTH_WORD_SOURCE}\\.?(?:\\s+\\d{1,2},?)?)\\s+)?((?:1[89]|20)\\d\\d)\\b(?![\\d%]|,\\d)`,
  'gi',
);

/**
 * "The fraud was discovered in June 2006. Lister was arrested on 24 July.": a day and month with no
 * year of its own, told in the past in the sentence right after one that tells a deed in a year
 * gone by, is a day of that year's story, not the latest such day before publication. Only the
 * sentence before counts, not the day's own ("Under a program approved in 1987, the company had
 * bought shares through Sept. 29" is this year's Sept. 29). `undefined` otherwise.
 */
export function storyDay(
  text: string,
  start: number,
  published: string,
  tense: Tense,
  month: number,
  day: number,
): string | undefined {
  if (tense !== 'past') return undefined;
  const before = text.slice(Math.max(0, start - 400), start);
  const ends = sentenceEnds(before, true);
  if (ends.length === 0) return undefined;
  const last = ends[ends.length - 1]!;
  const from = ends.length >= 2 ? ends[ends.length - 2]! + 1 : 0;
  let year: number | undefined;
  for (const m of before.slice(from, last + 1).matchAll(STORY_YEAR)) year = Number(m[1]);
  if (year === undefined || year >= Number(published.slice(0, 4))) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}
