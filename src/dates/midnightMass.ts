/**
 * "Midnight Mass", "midnight mass": the name of the Christmas service, not a clock time. The word
 * "midnight" right before "Mass" is blanked before chrono reads, so "Thousands attended Midnight
 * Mass at the cathedral" reads no midnight of the day of publication, where chrono read one.
 * Only with nothing but spaces between: "At midnight, mass protests began" keeps its midnight, as
 * does "The Mass ended at midnight". Nor a lower-case "mass" before a plural noun, its adjective
 * there (`MASS_BEFORE_PLURAL`): "Shortly after midnight mass arrests began" keeps its midnight.
 * Global, for masking every one in a text.
 *
 * @example 'Thousands attended Midnight Mass.'.replace(MIDNIGHT_MASS, '        ')
 */
// "mass arrests", "mass protests": a word in "-s" after a lower-case "mass" that is no verb the
// service is the subject of ("midnight mass is at 11.30pm", "begins", "starts").
const MASS_BEFORE_PLURAL = String.raw`mass\s+(?!(?:is|was|has|begins|starts|ends|takes)\b)[a-z]+s\b`;

export const MIDNIGHT_MASS = new RegExp(
  String.raw`\b[Mm]idnight(?=\s+(?:Mass\b|(?!${MASS_BEFORE_PLURAL})mass\b))`,
  'g',
);
