import type { Pass } from './Reading.ts';

// A place's name in a timetable's words: up to three capitalised words ("Carlisle", "King's Cross").
const PLACE = "(?:[A-Z][\\w'’-]*\\s+){1,3}";
// "the 06:12 Carlisle to Barrow service", "the 7.15am train", "the 18:40 flight", "the 9.05
// sailing": a service named by the time on its timetable. The clock is part of the name, not a
// time the story is at (the train may run late, or be cancelled), as "the 7 o'clock train" is.
const TIMETABLED_SERVICE = new RegExp(
  `\\b[Tt]he\\s+(?:\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?)\\s+(?:${PLACE}(?:to|-)\\s+${PLACE}|${PLACE})?(?:services?|trains?|flights?|departures?|sailings?|bus|ferry|express)\\b`,
  'g',
);

/** Services named by their time ("the 06:12 Carlisle to Barrow service"), claimed so no clock is read. */
export const readTimetabledServices: Pass = (text, { published }) =>
  [...text.matchAll(TIMETABLED_SERVICE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 9,
    claimOnly: true,
    // Never resolved among mentions; dated on its own, it is the day of publication's.
    resolve: () => ({
      type: 'DATE',
      value: published,
      granularity: 'day',
      anchor: { kind: 'published', date: published },
    }),
  }));
