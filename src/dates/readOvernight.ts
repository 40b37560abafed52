import type { Pass, Reading } from './Reading.ts';
import { clauseEnding } from './clauseOpens.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { isClimateFigure, OVERNIGHT_FIGURE } from './overnightFigure.ts';
import { shiftTimex } from './shiftTimex.ts';
import { tenseAround } from './tenseAround.ts';
import { WEEKDAY_PATTERN } from './weekdayNames.ts';

// "overnight" as an adverb: before a stop, a clause's conjunction, a preposition or a past verb
// ("fell overnight in Asia", "Overnight, rebels shelled", "Israeli strikes overnight killed 12
// people"; a past in -ed after no "e", so that "overnight speed" is no verb, and not after a
// preposition, where "on overnight indexed swaps" is an adjective before a noun), not before a
// noun ("an overnight stay", "overnight rates"), nor before the days of "overnight Monday into
// Tuesday", "overnight from Monday", which `joinRanges` reads as one night.
const OVERNIGHT = new RegExp(
  `(?<!\\b(?:an?|the)\\s+)\\bovernight\\b(?=\\s*(?:[.,;:!?)"”’—–]|$)|\\s+(?:and|but|or|as|after|before|when|while|in|at|amid|with|without|for|following|despite|by|near|across|because|to|than)\\b|(?<!\\b(?:on|to|for|of|in|at|from|with|by|into|via)\\s+overnight)\\s+(?:${IRREGULAR_PAST}|[a-z]+[^e\\s]ed)\\b)(?!\\s+(?:${WEEKDAY_PATTERN}|from|into)\\b)`,
  'gi',
);

// "overnight" meaning suddenly: after a verb of becoming ("became a star overnight"), an adverb
// of seeming ("almost overnight"), or a denied change ("did not happen overnight", "won't change
// overnight", "cannot be fixed overnight").
const BECOMING =
  /\b(?:becomes?|became|becoming|turned\s+into|transformed|(?:almost|nearly|virtually|practically|seemingly|literally|as\s+if)\s*$)/i;
const DENIED = /\b(?:not|never|cannot)\b|n['’]t\b/i;
const CHANGE =
  /\b(?:happen|change|come|go\s+away|disappear|vanish|fix|solve|build|turn\s+around|improve|transform|succeed|shift|recover)(?:s|es|ed|d|ing)?\b|\b(?:came|built|went\s+away)\b/i;

/** Whether the clause before "overnight" makes it mean "suddenly", not a night. */
function meansSuddenly(before: string): boolean {
  const clause = clauseEnding(before);
  return BECOMING.test(clause) || (DENIED.test(clause) && CHANGE.test(clause));
}

/**
 * "Shares fell overnight", "Overnight, rebels shelled the city": the night of the day the story
 * is on, when a day was told before; otherwise the night just gone (of the day before
 * publication), or the coming one when the clause is told ahead ("will be closed overnight").
 * "overnight" before a figure of the night ("Overnight lows could fall to minus 6C",
 * `OVERNIGHT_FIGURE`) is read the same way, but only where its clause's tense is told and the
 * figure is no climate's ("Overnight lows in January average minus 3C").
 * The news reading gives the day; TimeML mode the night of it (`TNI`).
 */
export const readOvernight: Pass = (text, { published }) =>
  [
    ...text.matchAll(OVERNIGHT),
    ...[...text.matchAll(OVERNIGHT_FIGURE)].filter(
      (m) =>
        !isClimateFigure(text, m.index, m.index + m[0].length) &&
        tenseAround(text, m.index, m.index + m[0].length) !== 'unknown',
    ),
  ]
    .filter((m) => !meansSuddenly(text.slice(0, m.index)))
    .map((m): Reading => {
      const start = m.index;
      const end = start + m[0].length;
      return {
        start,
        end,
        priority: 2,
        anaphoric: true,
        resolve: (context) => {
          const told = context.day && context.day.value.slice(0, 10) !== published;
          const ahead = tenseAround(text, start, end) === 'future';
          const anchor = told ? context.day! : context.deictic;
          const day = anchor.value.slice(0, 10);
          const value = told || ahead ? day : shiftTimex(day, { amount: -1, unit: 'day' });
          return { type: 'DATE', value, granularity: 'day', anchor: anchor.source };
        },
      };
    });
