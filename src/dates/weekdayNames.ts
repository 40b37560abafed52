/**
 * The English weekday names, Sunday first: a weekday's number (as date-fns `getDay`) is its index.
 */
export const WEEKDAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

/**
 * A weekday's number as date-fns `getDay` gives it, Sunday 0 to Saturday 6, from its name in any
 * case ("Tuesday" 2), or -1 for a word that is no weekday's name.
 */
export function weekdayNumber(name: string): number {
  return (WEEKDAY_NAMES as readonly string[]).indexOf(name.toLowerCase());
}

/** The weekday names capitalised, as alternatives for a regular expression: "Sunday|Monday|…". */
export const WEEKDAY_CAPITALISED_SOURCE = WEEKDAY_NAMES.map(
  (name) => name[0]!.toUpperCase() + name.slice(1),
).join('|');

/** A weekday's name in a regular expression, any case the pattern's flags allow. */
export const WEEKDAY_PATTERN = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/** A weekday's name alone, any case ("Tuesday", "tuesday"), not a longer word around it. */
export const WEEKDAY_WORD = new RegExp(`^${WEEKDAY_PATTERN}$`, 'i');

/** A weekday's name anywhere in some words, any case, as a word of its own ("since Tuesday's vote"). */
export const WEEKDAY_IN_WORDS = new RegExp(`\\b(?:${WEEKDAY_PATTERN})\\b`, 'i');

/**
 * A mention's words that are a weekday named alone, as either reading words it ("Sunday", "on
 * Sunday"), with no date, clock or part of the day; the name is the first group.
 */
export const WEEKDAY_ALONE = new RegExp(`^(?:on\\s+)?(${WEEKDAY_PATTERN})$`, 'i');
