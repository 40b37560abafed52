import type { Pass } from './Reading.ts';
import { countedClaim } from './readCountedOrdinals.ts';
import { CLOCK_NAMED_NOUN_SOURCE } from './spokenClock.ts';

// A place named in a timetable: up to three capitalised words ("Carlisle", "King's Cross").
const PLACE = "(?:[A-Z][\\w'’-]*\\s+){1,3}";
// "the 06:12 Carlisle to Barrow service", "the 7.15am train", "the 7am train", "the 18:40 flight":
// a service named by the time on its timetable, with the nouns that make "the 7 o'clock train" no
// clock (CLOCK_NAMED_NOUN_SOURCE). The clock is part of the name, not a time the story is at (the
// train may run late, or be cancelled).
const TIMETABLED_SERVICE = new RegExp(
  `\\b[Tt]he\\s+(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)\\s+(?:${PLACE}(?:to|-)\\s+${PLACE}|${PLACE})?${CLOCK_NAMED_NOUN_SOURCE}\\b`,
  'g',
);

/** Services named by their time ("the 06:12 Carlisle to Barrow service"), claimed: no clock. */
export const readTimetabledServices: Pass = (text) =>
  [...text.matchAll(TIMETABLED_SERVICE)].map((m) =>
    countedClaim(text, m.index, m.index + m[0].length),
  );
