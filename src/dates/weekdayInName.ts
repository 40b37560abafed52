import { WEEKDAY_NAMES } from './weekdayNames.ts';

const CAPITALISED = WEEKDAY_NAMES.map((name) => name[0]!.toUpperCase() + name.slice(1)).join('|');

/**
 * A weekday that is part of the name of a thing, not a day: "Sunday school", "their Sunday best",
 * a paper ("The Sunday Times", "the Sunday Telegraph") or a show or broadcast named for its night
 * ("Saturday Night Live", "Monday Night Football"). The weekday is capitalised and the noun after
 * it is one of these or, after a capitalised "Night" or "Morning", any capitalised word; "Monday
 * night" and "on Tuesday Obama said" stay days. Global, for masking every one in a text.
 */
export const WEEKDAY_IN_NAME = new RegExp(
  `\\b(?:${CAPITALISED})(?=\\s+(?:schools?\\b|best\\b|Times\\b|Telegraph\\b|Express\\b|Mirror\\b|Herald\\b|(?:Night|Morning)\\s+[A-Z][a-z]))`,
  'g',
);
