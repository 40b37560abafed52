import type { Season } from './toTimex.ts';

/** The season words of English news and the TIMEX code of each ("fall" and "autumn" alike). */
export const SEASON_CODES: Readonly<Record<string, Season>> = {
  spring: 'SP',
  summer: 'SU',
  autumn: 'FA',
  fall: 'FA',
  winter: 'WI',
};

/** A season's word in a regular expression, any case the pattern's flags allow. */
export const SEASON_PATTERN = '(?:spring|summer|autumn|fall|winter)';
