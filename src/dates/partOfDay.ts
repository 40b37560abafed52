/** TIMEX3 parts of day: "Wednesday night" is `…TNI`, "Friday morning" `…TMO`. */
export const PART_OF_DAY: Readonly<Record<string, string>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
};

/**
 * The words of the parts of the day, "morning|afternoon|evening|night": a regular expression's
 * source, so that a part a pass matches is one PART_OF_DAY gives a TIMEX3 part for.
 */
export const PART_OF_DAY_SOURCE = Object.keys(PART_OF_DAY).join('|');

/**
 * The parts of the day but the night, "morning|afternoon|evening" (a regular expression's
 * source): the night has words of its own where these take "in the" or "this" ("at night",
 * "tonight").
 */
export const PART_OF_DAY_BUT_NIGHT_SOURCE = Object.keys(PART_OF_DAY)
  .filter((word) => word !== 'night')
  .join('|');

/** The TIMEX3 parts of day, "MO|AF|EV|NI": a regular expression's source. */
export const TIMEX_PART_OF_DAY_SOURCE = Object.values(PART_OF_DAY).join('|');
