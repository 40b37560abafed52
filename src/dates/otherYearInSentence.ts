// "last year", "the previous year", "a year ago", "years earlier": words that set what is told in
// a year other than the running one. Regular expressions' sources.
export const YEAR_BEFORE_SOURCE = String.raw`(?:last|previous|a|one|that)\s+year\b`;
export const YEARS_BACK_SOURCE = String.raw`years?\s+(?:ago|earlier|before)\b`;

// "Last year, as Christmas approached", "A year ago, as the Thanksgiving holiday approached", "In
// 1988, …": a sentence set in another year, which the year's own reading then gives.
export const OTHER_YEAR_IN_SENTENCE = new RegExp(
  String.raw`\b(?:${YEAR_BEFORE_SOURCE}|${YEARS_BACK_SOURCE}|(?:19|20)\d{2}\b)`,
  'i',
);

// Another year named in a clause ("Last year, the city assigned 7,000 officers to Times Square for
// New Year's Eve", "were assigned for New Year's Eve a year ago", "In 1998, …"). A year that only
// names a thing ("after the 1998 riots") is no such cue, so bare years count only after "in" or
// "of", and only a year other than the one of publication: "In 1999, police cancelled all leave
// for New Year's Eve", said on 28 December 1999, is that year's. A year a thing is only weighed
// against sets nothing ("Compared with last year, airlines said bookings for New Year's Eve were
// up", "Unlike last year, …", "more than last year").
const WEIGHED_AGAINST = String.raw`(?<!\b(?:compared\s+(?:with|to)|unlike|than)\s+)`;
const OTHER_YEAR = new RegExp(
  String.raw`\b${WEIGHED_AGAINST}(?:${YEAR_BEFORE_SOURCE}(?!-)|${YEARS_BACK_SOURCE}|(?:in|of)\s+((?:19|20)\d{2})\b)`,
  'gi',
);

/** Whether `clause` names a year other than that of `published` (any year when it is not given). */
export function namesOtherYear(clause: string, published: string | undefined): boolean {
  // "Last year", "a year ago": another year whatever the day of publication.
  return [...clause.matchAll(OTHER_YEAR)].some(
    (m) => m[1] === undefined || m[1] !== published?.slice(0, 4),
  );
}
