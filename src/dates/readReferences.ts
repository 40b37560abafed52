import { AT_THIS_HOUR, LATER_THIS_HOUR } from './atThisHour.ts';
import { KIND_TODAY_COMPARED, TODAY_NOWADAYS } from './genericToday.ts';
import { IRREGULAR_PAST, UNCHANGED_PAST } from './irregularPast.ts';
import { NUMBER_SOURCE } from './readNumber.ts';
import type { Pass, Reading } from './Reading.ts';
import { REGULAR_PAST } from './regularPast.ts';

// Units a vague span is told in ("the past few years", "the coming decades").
const UNITS = '(?:days|weeks|months|quarters|years|decades)';
const REFERENCES: Array<[RegExp, string]> = [
  [
    new RegExp(
      `\\b(?:in\\s+)?(?:the\\s+)?(?:coming|next few|next several)\\s+${UNITS}(?:\\s+(?:and|or)\\s+${UNITS})?`,
      'gi',
    ),
    'FUTURE_REF',
  ],
  [
    new RegExp(
      `\\b(?:in\\s+)?the\\s+${UNITS}(?:\\s+(?:and|or)\\s+${UNITS})?\\s+(?:to come|ahead)`,
      'gi',
    ),
    'FUTURE_REF',
  ],
  [
    /\b(?:(?:in |over |for )?the (?:near|short) term\b|(?:in |into |for )?the (?:near |foreseeable |not-too-distant |distant )?future(?!s\b)(?! (?!(?:is|was|has|as|holds|brings|looks|lies|remains|seems)\b)\w+(?:s|ing)\b)(?!\s+of\b)|(?:very |fairly |quite )?soon(?!\s+as\b|\s+after\b)|shortly(?!\s+(?:after|before)\b))/gi,
    'FUTURE_REF',
  ],
  // "most recently in mid-December", "More recently": TimeBank marks "more" or "most" with it.
  // Not "recent" before a count of units ("the most recent 12 months"), a word of the length
  // after it; still before other counts ("a recent 5 percent drop").
  [
    new RegExp(
      `\\b(?:in\\s+)?(?:recent|past)\\s+${UNITS}|\\b(?:(?:in|over|during)\\s+)?the\\s+(?:past|last)\\s+(?:few|several|couple of)\\s+${UNITS}|\\b(?:(?:more|most)\\s+recently|recently|recent(?!\\s+(?:${NUMBER_SOURCE})\\s+${UNITS})|lately|previously|formerly|in the past(?!\\s+(?:${NUMBER_SOURCE}|few|several)[\\s-]))\\b`,
      'gi',
    ),
    'PAST_REF',
  ],
  // "at a later date", "will one day be": a time to come that the text does not fix.
  [
    /\ba (?:later|future) date\b|(?<=\b(?:will|would|could|may|might|can)\s+)one day\b/gi,
    'FUTURE_REF',
  ],
  [/\b(?:right now|now|currently|at present|at the moment|nowadays|these days)\b/gi, 'PRESENT_REF'],
  // "At this hour, crews are still searching": a broadcast's present.
  [AT_THIS_HOUR, 'PRESENT_REF'],
  // "Today, most phones use lithium batteries", "The world today is more dangerous".
  [TODAY_NOWADAYS, 'PRESENT_REF'],
  // "Children today have less freedom than their parents did".
  [KIND_TODAY_COMPARED, 'PRESENT_REF'],
];

// "He was soon released", "a trickle that soon became a flood": in a past narrative "soon" and
// "shortly" say what came next, not a time still to come.
const PAST_BEFORE = /\b(?:was|were|had)\s+$/i;
const PAST_AFTER = new RegExp(`^\\s+(?:${IRREGULAR_PAST}|${REGULAR_PAST})\\b`, 'i');

function inPastNarrative(text: string, start: number, end: number): boolean {
  return (
    PAST_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ||
    PAST_AFTER.test(text.slice(end, end + 20))
  );
}

// "At the moment the plane hit the tower", "at the moment the crowd fell silent": "the moment"
// opening a clause told in the past is when that happened, not the present; nor is "at the moment
// last year", the moment on another day. "Firefighters at the moment are …" stays PRESENT_REF.
const MOMENT = /^at the moment$/i;
const MOMENT_WHEN_AFTER = new RegExp(
  `^\\s+(?:the|a|an|his|her|its|their|he|she|it|they|we|i)\\b(?:\\s+[\\w'’-]+){0,3}?\\s+(?:${REGULAR_PAST}|${IRREGULAR_PAST}|${UNCHANGED_PAST})\\b`,
  'i',
);
const MOMENT_OTHER_DAY_AFTER =
  /^,?\s+(?:last|next|yesterday|tomorrow|a\s+(?:day|week|month|year)\s+(?:ago|earlier|later))\b/i;

function isMomentNotPresent(text: string, m: RegExpMatchArray, end: number): boolean {
  if (!MOMENT.test(m[0])) return false;
  const after = text.slice(end, end + 80);
  return MOMENT_WHEN_AFTER.test(after) || MOMENT_OTHER_DAY_AFTER.test(after);
}

/** "recently", "now", "in the coming days and weeks": TIMEX references with no calendar value. */
export const readReferences: Pass = (text, { published, timeml }) => {
  const readings: Reading[] = [];
  // "later this hour": the present in TimeML mode alone, over "this hour" (LATER_THIS_HOUR).
  for (const m of timeml ? text.matchAll(LATER_THIS_HOUR) : []) {
    const start = m.index + m[0].length - m.groups!.hour!.length;
    readings.push({
      start,
      end: m.index + m[0].length,
      priority: 2,
      resolve: () => ({
        type: 'DATE',
        value: 'PRESENT_REF',
        granularity: 'span',
        anchor: { kind: 'published', date: published },
      }),
    });
  }
  for (const [pattern, value] of REFERENCES) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (/^(?:\w+ )?(?:soon|shortly)$/i.test(m[0]) && inPastNarrative(text, m.index, end))
        continue;
      if (isMomentNotPresent(text, m, end)) continue;
      readings.push({
        start: m.index,
        end: m.index + m[0].length,
        // "will one day" outranks the duration "one day" of the same words.
        priority: value === 'FUTURE_REF' && /^one day$/i.test(m[0]) ? 3 : 2,
        resolve: () => ({
          type: 'DATE',
          value,
          granularity: 'span',
          anchor: { kind: 'published', date: published },
        }),
      });
    }
  }
  return readings;
};
