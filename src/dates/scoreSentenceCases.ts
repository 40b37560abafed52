import { phraseStart } from './phraseStart.ts';
import type { Finder, Tally } from './scoreBenchmark.ts';
import type { SentenceCase, SentenceReading } from './SentenceCase.ts';

export interface SentenceMiss {
  id: string;
  reading: SentenceReading;
  phrase: string;
  /** The value expected, or null where no mention should overlap the phrase. */
  expected: string | null;
  /** Each mention that overlaps the phrase, as `"words" VALUE`. */
  found: string[];
}

export interface SentenceScore {
  byReading: Record<SentenceReading, Tally>;
  misses: SentenceMiss[];
}

/**
 * Scores sentence cases in each reading: an expectation holds when a mention overlapping its
 * phrase has the value written (its extent may be wider or narrower: the sets ask what is read,
 * the TimeML bench how far), or, for `-`, when no mention overlaps it.
 */
export function scoreSentenceCases(
  cases: readonly SentenceCase[],
  finders: Record<SentenceReading, Finder>,
): SentenceScore {
  const byReading = { news: { right: 0, total: 0 }, timeml: { right: 0, total: 0 } };
  const misses: SentenceMiss[] = [];
  for (const item of cases) {
    const found = new Map<SentenceReading, ReturnType<Finder>>();
    const mentionsIn = (reading: SentenceReading) => {
      let mentions = found.get(reading);
      if (!mentions) {
        mentions = finders[reading](item.text, item);
        found.set(reading, mentions);
      }
      return mentions;
    };
    for (const expectation of item.expect) {
      const start = phraseStart(item.text, expectation.phrase, expectation.occurrence);
      const end = start + expectation.phrase.length;
      for (const reading of expectation.readings) {
        const over =
          start < 0 ? [] : mentionsIn(reading).filter((m) => m.start < end && m.end > start);
        const right =
          start >= 0 &&
          (expectation.value === null
            ? over.length === 0
            : over.some((m) => m.value === expectation.value));
        byReading[reading].total++;
        if (right) byReading[reading].right++;
        else {
          misses.push({
            id: item.id,
            reading,
            phrase: expectation.phrase,
            expected: expectation.value,
            found: over.map((m) => `${JSON.stringify(item.text.slice(m.start, m.end))} ${m.value}`),
          });
        }
      }
    }
  }
  return { byReading, misses };
}
