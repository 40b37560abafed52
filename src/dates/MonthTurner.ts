import type { Tense } from './tenseAround.ts';

/**
 * A turner of a month's tense, one of those readChrono's `monthTense` asks in turn: given the words
 * before the month and after it (how many, its call there says), the month (1 to 12), the
 * publication day and the tense so far, the tense its wording gives the month ("could test its
 * January lows", said in March, the January gone by), or the tense as it came where its wording is
 * not there.
 */
export type MonthTurner = (
  before: string,
  after: string,
  month: number,
  published: string,
  tense: Tense,
) => Tense;
