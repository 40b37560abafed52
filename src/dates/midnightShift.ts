/**
 * "the midnight shift", "on the midnight shifts": the name of a shift of work, not a clock time.
 * The word "midnight" right before "shift" is blanked before chrono reads, so "Police on the
 * midnight shift last night found the car" reads only "last night", where chrono read a midnight
 * of the day of publication too. Not after a word that puts a time on it: "At midnight shift
 * workers walked out" and "By midnight shifts of volunteers were filling sandbags" keep their
 * midnight, at the head of a sentence too. Global, for masking every one in a text.
 *
 * @example 'He works the midnight shift.'.replace(MIDNIGHT_SHIFT, '        ')
 */
export const MIDNIGHT_SHIFT = new RegExp(
  String.raw`(?<!\b(?:at|until|till|by|after|before|past|around|about|from|to)\s+)\bmidnight(?=\s+shifts?\b)`,
  'gi',
);
