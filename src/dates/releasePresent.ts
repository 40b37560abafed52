// The kinds of release that "drop" or "stream" ("The album drops on Friday", "The documentary
// streams on Netflix from Friday").
export const RELEASE_NOUN = [
  'album|single|EP|track|song|trailer|episode|season|series|part|mixtape|video|film|movie|show',
  'documentary|docuseries|miniseries|special|finale|premiere|concert|sequel|drama|sitcom',
].join('|');
// A release's number after its noun: "Season four", "Series 2", "Part two", "episode 10".
const RELEASE_NUMBER = String.raw`(?:\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))?`;
// A release "drops" on a date, the date right after it, a word that leads to it or its episodes
// ("drops Friday", "drops on Netflix on Friday", "drops in March", "drops all eight episodes on
// Friday"), not a fall ("The drama drops two places in the ratings on Monday", "The film drops
// 40% on Saturday", "drops to third", "drops out").
const DROPS_LEAD = 'on|at|this|next|from|tomorrow|tonight|worldwide|exclusively|in(?!\\s+the\\b)';
const DROPS_ON_A_DATE = String.raw`(?=\s+(?:${DROPS_LEAD})\b|\s+(?:[\w-]+\s+){0,3}episodes?\b|\s*$)`;

/**
 * The present of a release that comes out on a date, a schedule's present as "premieres" is, as a
 * regular expression's source for PRESENT_SCHEDULE: "drops" and "streams" after a kind of
 * release, perhaps with its number ("Season four drops on Netflix on Friday", "The special
 * streams on Christmas Day"), and "it streams", so a day or a feast is the coming one, not the
 * one gone by. Not a price or a level that drops ("Oil drops on Friday", "it drops"), a release
 * that falls ("The drama drops two places in the ratings on Monday"), nor streams
 * of something else ("Revenue streams in March fell", "Music streams rose on Friday").
 */
export const RELEASE_PRESENT_SOURCE = String.raw`(?<=\b(?:${RELEASE_NOUN})${RELEASE_NUMBER}\s)(?:drops${DROPS_ON_A_DATE}|streams)|(?<=\b[Ii]t\s)streams`;
