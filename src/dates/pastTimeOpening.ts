import { MONTH_NAME_CAPITALISED_SOURCE } from './monthNames.ts';
import { SEASON_PATTERN } from './seasonNames.ts';

/**
 * A past time opening its sentence before the comma that closes it, its capital "Last" read as a
 * past cue (a regular expression's alternative, no flags): "Last year, toy makers forecast a record
 * Christmas season", "Last fall, mall operators put their hopes on the Christmas season", "Last
 * November, catalog houses forecast a mediocre Christmas season". The verb after it may be one
 * whose past is written as its present ("forecast", "set", "put", "cut", "hit", "bet"), which
 * tells no tense of its own; the time before it says the deed is gone by. A lower-case "last" is
 * a past cue already; the capital one is left alone elsewhere, where it opens a name or a heading
 * ("Last Call", "Last Tango in Paris") or a time with no comma after it.
 */
export const PAST_TIME_OPENING = String.raw`Last(?=\s+(?:year|${SEASON_PATTERN}|month|week|${MONTH_NAME_CAPITALISED_SOURCE})\s*,)`;
