import type { Reading } from './Reading.ts';
import { sentenceStartAt } from './sentenceEnds.ts';

// A month's TIMEX value ("2004-05"): what a year-on-year figure of a month compares with.
const MONTH_VALUE = /^\d{4}-\d{2}$/;
// The base's own figure, as wire copy writes it between "from" and the count: "down from 7.4% a
// year ago", "from 41 cents a share a year ago", "compared with $1.2 billion a year ago". Only a
// number with a unit of sums or shares, so no noun of a place or a thing stands between.
const BASE_FIGURE = String.raw`(?:[$£€]\s?)?\d[\d,.]*(?:\s+(?:million|billion|trillion))?(?:\s*(?:%|percent|per\s+cent|percentage\s+points?|points?|cents?|pence|p\b|yen|marks|francs|dollars|pounds))?(?:\s+(?:a|per)\s+share)?\s+`;
// The words of a year-on-year base right before the count, or before its figure: "rose 4% in May
// from a year ago", "compared with a year ago", "higher than a year ago", "down from 7.4% a year
// ago". Not "more than a year ago" (an approximate count back from publication) nor "from" of a
// place ("moved from Boston a year ago", where "from" does not stand right before the count).
const BASE_BEFORE = new RegExp(
  String.raw`\b(?:from|versus|vs\.|compared\s+(?:with|to)|(?:higher|lower|up|down|above|below|better|worse)\s+than)\s+(?:${BASE_FIGURE})?$`,
  'i',
);

// The words right before a month that the figure covers: "rose 4% in May", "Sales in June".
const IN_BEFORE = /\bin\s+$/i;
// A month set before the noun of its figures: "March car sales were down 5 percent".
const NOUN_AFTER =
  /^\.?\s+(?!(?:is|was|were|are|and|or|to|as|when|that|which|will|would|has|had)\b)[a-z]/;
// A month named in a clause of its own ("The stock, which peaked in January, ...", "profit,
// reported in October, ..."), which dates the event of that clause, not the figure.
const CLAUSE_OF_ITS_OWN = /\b(?:which|who|whose|since|after|reported|released|announced)\b/i;
// A clause with a subject of its own between the month and the base: "close the deal in March,
// and its shares are up 15% from a year ago" compares the shares with a year before publication.
const NEW_CLAUSE_BETWEEN = /;|,\s+(?:and|but)\b/i;

/**
 * Whether the month named at `start` (its words `words`) is the month the figure before `base`
 * covers, in the same clause: "in May" or "May sales", not a month of a relative clause or after
 * "since", the base of another comparison ("rose in May from April"), or a month in a sentence
 * about a quarter ("Third-quarter profit, reported in October, rose 8%").
 */
function monthOfFigure(text: string, opens: number, start: number, words: string, base: number) {
  const before = text.slice(opens, start);
  const clauseOpens = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  return (
    (IN_BEFORE.test(before) || NOUN_AFTER.test(text.slice(start + words.length))) &&
    !CLAUSE_OF_ITS_OWN.test(before.slice(clauseOpens)) &&
    !/\bquarter/i.test(before) &&
    !NEW_CLAUSE_BETWEEN.test(text.slice(start + words.length, base))
  );
}

/**
 * `read`, a count of years back from publication ("a year ago"), as the month named before it in
 * its sentence moved back by the count when the words are the base of a year-on-year comparison:
 * "Exports rose 4% in May from a year ago" compares May with May a year before, as "a year
 * earlier" after a month does, and as "a year ago" after a quarter does. Anywhere else it stays a
 * count back from publication ("Sales rose in May. A year ago, the firm was losing money").
 */
export function yearAgoOfMonth(text: string, read: Reading): Reading {
  if (!BASE_BEFORE.test(text.slice(Math.max(0, read.start - 60), read.start))) return read;
  const opens = sentenceStartAt(text, read.start);
  return {
    ...read,
    resolve: (context) => {
      const { anaphoric } = context;
      const named =
        anaphoric.source.kind === 'mention' &&
        anaphoric.source.start >= opens &&
        MONTH_VALUE.test(anaphoric.value) &&
        monthOfFigure(text, opens, anaphoric.source.start, anaphoric.source.text, read.start);
      return named ? read.resolve({ ...context, deictic: anaphoric }) : read.resolve(context);
    },
  };
}
