import { PART_OF_DAY_BUT_NIGHT_SOURCE } from './partOfDay.ts';

// "in the morning", "at night" after the clock are its words too.
/** A part of the day after a clock in words: "in the afternoon", "at night" (a source). */
export const PART_WORDS = `\\s+(?:in\\s+the\\s+(?<part>${PART_OF_DAY_BUT_NIGHT_SOURCE})|at\\s+(?<night>night))`;
