import type { Reading } from './Reading.ts';
import { shiftTimex } from './shiftTimex.ts';
import { tenseAround } from './tenseAround.ts';

/**
 * "Rescuers worked through the night", "Talks dragged on late into the night": a night with no
 * day of its own, told in the past where the story has named no day, is the night
 * just gone (of the day before publication), as "overnight" is read (`readOvernight`). The
 * reading it wraps would give the day of publication, tonight, which a past tense rules out.
 * A day told before keeps its night ("met on Tuesday, and the talks ran late into the night");
 * a night still to come or in the present ("Crews will work through the night") is unchanged.
 *
 * @example nightJustGone('Crews worked through the night.', read) // the night before publication
 */
export function nightJustGone(text: string, read: Reading): Reading {
  if (!/night$/i.test(text.slice(read.start, read.end))) return read;
  return {
    ...read,
    resolve: (context) => {
      const resolved = read.resolve(context);
      const { published } = context;
      // Anchored on a day the story names, even the day of publication ("on Wednesday and stayed
      // through the night"), the night is that day's.
      if (resolved.value !== published || resolved.anchor.kind !== 'published') return resolved;
      if (tenseAround(text, read.start, read.end) !== 'past') return resolved;
      return { ...resolved, value: shiftTimex(published, { amount: -1, unit: 'day' }) };
    },
  };
}
