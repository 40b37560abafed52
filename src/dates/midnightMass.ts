/**
 * "Midnight Mass", "midnight mass": the name of the Christmas service, not a clock time. The word
 * "midnight" right before "Mass" is blanked before chrono reads, so "Thousands attended Midnight
 * Mass at the cathedral" reads no midnight of the day of publication, where chrono read one.
 * Only with nothing but spaces between: "At midnight, mass protests began" keeps its midnight, as
 * does "The Mass ended at midnight". Global, for masking every one in a text.
 *
 * @example 'Thousands attended Midnight Mass.'.replace(MIDNIGHT_MASS, '        ')
 */
export const MIDNIGHT_MASS = /\b[Mm]idnight(?=\s+[Mm]ass\b)/g;
