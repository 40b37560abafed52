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

/** A weekday's name in a regular expression, any case the pattern's flags allow. */
export const WEEKDAY_PATTERN = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/** A weekday's name alone, any case ("Tuesday", "tuesday"), not a longer word around it. */
export const WEEKDAY_WORD = new RegExp(`^${WEEKDAY_PATTERN}$`, 'i');
