import { FEAST_EVENT_SOURCE } from './feastEvents.ts';
import type { Pass } from './Reading.ts';
import { sentenceAt } from './sentenceEnds.ts';

// "Talks resume in the new year", "early in the new year", "into the new year": the calendar year
// about to start, as copy of the year's last months writes it, or the one just begun in January.
// Lower case only ("New Year" is the holiday), and not a new year of something else ("the new
// year's budget", "the new year of study") nor the holiday's festivities ("the new year holiday").
const NEW_YEAR = new RegExp(
  String.raw`\b[Tt]he new year\b(?!['’]s?\b|\s+(?:of|holidays?|${FEAST_EVENT_SOURCE}|break|honours|honors|message|address|resolutions?)\b|-)`,
  'g',
);

// The months whose copy means the coming year by it (November, December) and those that mean
// the year just begun (January, February). In the rest it is most often a school, fiscal, Jewish
// or lunar new year.
const COMING_FROM_MONTH = 11;
const BEGUN_UNTIL_MONTH = 2;

// A sentence about the new year of another calendar or of an institution: "Rosh Hashanah marks the
// new year", "the Lunar new year", "Pupils returned to school for the new year".
const OTHER_NEW_YEAR =
  /\b(?:Rosh Hashanah|Jewish|Jews|Hebrew|lunar|Chinese|Vietnamese|Tet|Korean|Islamic|Hijri|Muharram|Nowruz|Persian|Iranians?|Diwali|Hindu|Sikh|Vaisakhi|Thai|Songkran|school|schools|pupils|students|academic|semester|term|university|fiscal|financial|tax)\b/i;

// "The new year began with storms", "The new year got off to a wet start", "since the new year":
// a year told as begun already, which in copy of November and December is the year of
// publication, not the one to come. Only verbs of beginning or of what it brought count: a past
// verb saying the year is still ahead ("as the new year approached", "loomed") keeps the coming
// year.
const BEGUN_AFTER =
  /^\s+(?:has\s+|had\s+)?(?:began|begun|started|dawned|opened|kicked\s+off|got(?:ten)?\s+(?:under\s*way|off\s+to)|brought|saw|seen)\b/i;
const BEGUN_BEFORE = /\bsince\s+$/i;

/**
 * "in the new year": the calendar year after the publication year in copy of November and
 * December, the publication year in January and February; elsewhere left unread. A new year
 * told as begun ("The new year began", "since the new year") is the publication year in both.
 */
export const readNewYear: Pass = (text, { published }) => {
  const month = Number(published.slice(5, 7));
  const year = Number(published.slice(0, 4));
  const value =
    month >= COMING_FROM_MONTH ? year + 1 : month <= BEGUN_UNTIL_MONTH ? year : undefined;
  if (value === undefined) return [];
  const newYears = [...text.matchAll(NEW_YEAR)].filter(
    (m) => !OTHER_NEW_YEAR.test(sentenceAt(text, m.index, m.index + m[0].length)),
  );
  const begun = (at: number, end: number) =>
    BEGUN_BEFORE.test(text.slice(0, at)) || BEGUN_AFTER.test(text.slice(end));
  return newYears.map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    priority: 2,
    resolve: () => ({
      type: 'DATE',
      value: String(begun(m.index, m.index + m[0].length) ? year : value),
      granularity: 'year',
      anchor: { kind: 'published', date: published },
    }),
  }));
};
