/**
 * Whether a capitalised season ends where "of" and a capitalised word follow it, a name of an era
 * or a title rather than a season: "the Winter of Discontent", "the Summer of Love", "the Spring
 * of Nations", "Summer of Soul", "The Autumn of the Patriarch". The caller asks only of a
 * capitalised season with no year of its own ("the Winter of 1944" and "the Summer of '69" are
 * seasons read elsewhere); a lower-case "the winter of discontent" is left to the season's reader.
 */
export function isSeasonNamedOf(text: string, end: number): boolean {
  return /^\s+of\s+(?:the\s+)?[A-Z][a-z]/.test(text.slice(end));
}
