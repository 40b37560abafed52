/**
 * How many units (years, weeks) from publication's "last", "this" or "next" before the unit name.
 */
export const UNIT_SHIFT: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
