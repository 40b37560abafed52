import { APPROXIMATOR } from './readDurations.ts';

/**
 * An approximator or a bound ending the words before a count ("Some 40 years ago this month",
 * "about 2025 people", "more than 20 years ago"): the count is made approximate, and the words and
 * mod that read it take the approximator in. Test it on the text just before the count.
 *
 * @example APPROXIMATOR_BEFORE.test('Some ') // true
 */
export const APPROXIMATOR_BEFORE = new RegExp(`\\b(?:${APPROXIMATOR})\\s+$`, 'i');
