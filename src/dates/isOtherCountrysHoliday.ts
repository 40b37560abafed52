// "Ukraine's Independence Day", "Mexican Independence Day", "Canada's Thanksgiving": a country
// named right before the holiday, by its possessive or its adjective, that is not the US.
const US = '(?:the\\s+)?(?:U\\.?S\\.?A?|United\\s+States|America)';
const OWNER_BEFORE = new RegExp(
  `(?<![\\w.])(?!(?:U\\.?S|United|America|American|Nation)\\b)(?:[A-Z][\\w.-]*['’]s|[A-Z][a-z]+(?:an|ese|ish|i))\\s+$`,
);
// "Ukraine marked its Independence Day", "Indians celebrated their Independence Day": the
// country's own day, unless the US is named before it in the sentence.
const OWN_BEFORE = /\b(?:its|their)\s+$/i;
const US_IN_SENTENCE = new RegExp(`(?:\\b${US}\\b|\\bAmericans?\\b)(?![\\s\\S]*[.!?]\\s)`);
// The holidays news names for another country too, each on its own day.
const SHARED_NAME = /^(?:independence\s+day|thanksgiving(?:\s+day)?)$/i;

/**
 * Whether the holiday `name` at `start` is another country's ("Ukraine marked its Independence
 * Day"), whose day is not the US one: such a day is left unread rather than read as July 4.
 *
 * @example isOtherCountrysHoliday("Kyiv held Ukraine's Independence Day", 18, 'Independence Day') // true
 */
export function isOtherCountrysHoliday(text: string, start: number, name: string): boolean {
  if (!SHARED_NAME.test(name)) return false;
  const before = text.slice(Math.max(0, start - 120), start);
  if (OWNER_BEFORE.test(before)) return true;
  return OWN_BEFORE.test(before) && !US_IN_SENTENCE.test(before);
}
