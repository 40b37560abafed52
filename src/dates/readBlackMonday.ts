import { BLACK_NAMED_DAY } from './blackNamedDay.ts';
import { MARKET_WORD } from './marketWord.ts';
import type { Pass, Reading } from './Reading.ts';
import { sentenceAt } from './sentenceEnds.ts';

// The day of the 1987 crash, and the last publication day on which "Black Monday" in market copy
// is taken to name it: later copy has Black Mondays of its own (2015, 2020).
const CRASH_DAY = '1987-10-19';
const LAST_READ = '1999-12-31';
// The crash itself, or a market word, in the sentence ("since Black Monday", "the index has
// risen 25% since Black Monday", "On Black Monday the Dow fell 508 points").
const MARKET_CONTEXT = /\b(?:crash|1987|Wall\s+Street|traders|investors|Big\s+Board)\b/i;

/**
 * "The index has risen 25% since Black Monday", "On Black Monday the Dow fell 508 points", said
 * in 1989: the day of the 1987 stock-market crash, 19 October 1987, in both readings. Only in
 * copy published after that day and before 2000, in a sentence of markets, and where "Black" is
 * no surname (`BLACK_NAMED_DAY`: "Conrad Black Monday" is not read); elsewhere "Black Monday" is
 * still read as nothing.
 */
export const readBlackMonday: Pass = (text, { published }) =>
  published <= CRASH_DAY || published > LAST_READ
    ? []
    : [...text.matchAll(BLACK_NAMED_DAY)].flatMap((m): Reading[] => {
        if (m[0] !== 'Monday') return [];
        const start = text.lastIndexOf('Black', m.index);
        const end = m.index + m[0].length;
        const sentence = sentenceAt(text, start, end);
        if (!MARKET_WORD.test(sentence) && !MARKET_CONTEXT.test(sentence)) return [];
        return [
          {
            start,
            end,
            priority: 3,
            resolve: () => ({
              type: 'DATE',
              value: CRASH_DAY,
              granularity: 'day',
              anchor: { kind: 'published', date: published },
            }),
          },
        ];
      });
