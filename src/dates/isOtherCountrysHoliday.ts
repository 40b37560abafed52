// The countries news names with an Independence Day or a Thanksgiving of their own, each with its
// adjective (also its people's name, "Indians", with an "s"). A short list on purpose: a city, a
// state, a team, a brand or a person before the holiday ("Boston's Independence Day concert",
// "Macy's Thanksgiving parade", "The Lions lost their Thanksgiving game") keeps the US day.
const COUNTRIES = [
  ['Ukraine', 'Ukrainian'],
  ['Mexico', 'Mexican'],
  ['Canada', 'Canadian'],
  ['India', 'Indian'],
  ['Pakistan', 'Pakistani'],
  ['Israel', 'Israeli'],
  ['Brazil', 'Brazilian'],
  ['Argentina', 'Argentine'],
  ['Chile', 'Chilean'],
  ['Peru', 'Peruvian'],
  ['Colombia', 'Colombian'],
  ['Venezuela', 'Venezuelan'],
  ['Ghana', 'Ghanaian'],
  ['Kenya', 'Kenyan'],
  ['Nigeria', 'Nigerian'],
  ['Indonesia', 'Indonesian'],
  ['the Philippines', 'Philippine'],
  ['Bangladesh', 'Bangladeshi'],
  ['Sri Lanka', 'Sri Lankan'],
  ['Liberia', 'Liberian'],
  ['Finland', 'Finnish'],
  ['Poland', 'Polish'],
  ['Armenia', 'Armenian'],
  ['Belarus', 'Belarusian'],
  ['Kazakhstan', 'Kazakh'],
] as const;
const NAME = COUNTRIES.map(([country]) => country.replace(/^the /, '')).join('|');
const ADJECTIVE = COUNTRIES.map(([, adjective]) => adjective).join('|');
// "Ukraine's Independence Day", "Mexican Independence Day", "the Indian Independence Day".
const OWNER_BEFORE = new RegExp(`\\b(?:(?:${NAME})['’]s|(?:${ADJECTIVE}))\\s+$`);
// "Ukraine marked its Independence Day", "Indians celebrated their Independence Day": the
// country, or its people, a few words before "its" or "their" in the same clause.
const SUBJECT_OF_OWN_BEFORE = new RegExp(
  `\\b(?:${NAME}|(?:${ADJECTIVE})s)\\b(?:\\s+[\\w'’-]+){1,3}?\\s+(?:its|their)\\s+$`,
);
// The holidays news names for another country too, each on its own day.
const SHARED_NAME = /^(?:independence\s+day|thanksgiving(?:\s+day)?)$/i;

/**
 * Whether the holiday `name` at `start` is another country's ("Ukraine marked its Independence
 * Day"), whose day is not the US one: such a day is left unread rather than read as July 4. Only
 * a country of a short list, as possessor, adjective or subject of "its"/"their", makes it so.
 *
 * @example isOtherCountrysHoliday("Kyiv held Ukraine's Independence Day", 20, 'Independence Day')
 * // true
 */
export function isOtherCountrysHoliday(text: string, start: number, name: string): boolean {
  if (!SHARED_NAME.test(name)) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  return OWNER_BEFORE.test(before) || SUBJECT_OF_OWN_BEFORE.test(before);
}
