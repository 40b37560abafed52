/** The English weekday names, Sunday first: a weekday's number (as date-fns `getDay`) is its index. */
export const WEEKDAY_NAMES = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
