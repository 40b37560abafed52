import type { Pass } from './Reading.ts';
import { countedClaim } from './readCountedOrdinals.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';
import { CLOCK_NAMED_NOUN_SOURCE } from './spokenClock.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

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

// "the 07:12 from Brighton", "the 18:04 from Paddington to Cardiff", "the 08:02 to Waterloo": the
// newsroom's short name of a train, its time and where it leaves from or runs to, with no noun.
// Only a capitalised place right after "from" or "to", not a day, a month, noon or midnight ("the
// 9am to Friday", "the 10:30 to 11:30 slot" keep their times).
const SERVICE_FROM_OR_TO_PLACE = new RegExp(
  `\\b[Tt]he\\s+(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?|\\d{1,2}\\s*[ap]\\.?m\\.?)(?=\\s+(?:from|to)\\s+([A-Z][a-z][\\w'’-]*))`,
  'g',
);
const DAY_OR_MONTH_WORD = new RegExp(
  `^(?:${WEEKDAY_PATTERN}|${MONTH_WORD_SOURCE}|noon|midnight|midday)`,
  'i',
);

/** Services named by their time ("the 06:12 Carlisle to Barrow service"), claimed: no clock. */
export const readTimetabledServices: Pass = (text) =>
  [
    ...text.matchAll(TIMETABLED_SERVICE),
    ...[...text.matchAll(SERVICE_FROM_OR_TO_PLACE)].filter(
      (m) => !DAY_OR_MONTH_WORD.test(m[1] ?? ''),
    ),
  ].map((m) => countedClaim(text, m.index, m.index + m[0].length));
