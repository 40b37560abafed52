import { NOT_SUPERLATIVE } from './notSuperlative.ts';
import { ORDINAL_AFTER_FIRST_SOURCE } from './ordinalsAfterFirst.ts';
import type { Pass, Reading } from './Reading.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';

// A ranking word after an article or a possessive: a superlative ("its biggest", "the most
// crowded", "the fund's worst"), an ordinal or "last", "only". "lowest" is written out: the
// guard against nouns in "-west" ("the Midwest") shuts it out of "-est".
const RANKING = String.raw`(?:\b(?:the|its|their|his|her|our)|\b[a-z]+['’]s)\s+(?:(?<ordinal>first|last|only|${ORDINAL_AFTER_FIRST_SOURCE})|${NOT_SUPERLATIVE}[a-z]+est|lowest|best|worst|most\s+[a-z]+|least\s+[a-z]+)`;
// Up to three words of the thing ranked, none of them "of" or "in" (where another phrase starts).
const RANKED = String.raw`(?:\s+(?!(?:of|in)\b)[a-z'’-]+){1,3}`;
// "the year" closing the phrase: not the first word of another expression ("the year before",
// "the year ended June 30", "the year to March", "the year-ago quarter", "the year's …"); a "to"
// before an article is where the thing ranked went ("the strongest winds of the year to the coast").
const OF_THE_YEAR = String.raw`\s+of\s+(?<year>the\s+year)\b(?![-'’]|\s+(?:before|after|ended|ending|through|earlier|ago|that|when|\d)|\s+to\s+(?!(?:the|a|an|its|their|his|her)\b))`;
const RANKED_YEAR = new RegExp(`${RANKING}(?<noun>${RANKED})${OF_THE_YEAR}`, 'gi');
// A period ranked by an ordinal is a period of its own ("the first quarter of the year", "the
// first nine months of the year", "the second half of the year"), read by other rules.
const PERIOD_NOUN =
  /\b(?:day|days|week|weeks|weekend|weekends|month|months|quarter|quarters|half|season|term|session|six|nine|three|two|four|five)\b/i;
// A year the sentence writes, before or after the ranking, is the year the ranking is in ("In
// 2019 it was the hottest day of the year", "the best record of the year in 2019", "Ten years ago,
// it was the deadliest attack of the year").
// An award's Year is capitalised ("the best Album of the Year award"); the pattern reads any case.
const LOWER_CASE_YEAR = /year$/;
const YEAR_WRITTEN = /\b(?:1[89]|20)\d\d\b|\b(?:last|next|that)\s+year\b|\byears?\s+ago\b/i;

/**
 * "Stocks hit their lowest level of the year", "the first snowfall of the year", "the busiest
 * travel day of the year": TimeML mode marks "the year" a ranking is within as the year of
 * publication, as "the rest of the year" is (all were unread). The news reading leaves it: the
 * ranking compares, and dates no event of its own, as "current" before a noun dates none. Not an
 * award's capitalised Year ("Player of the Year"), not a period ranked by an ordinal ("the first
 * quarter of the year", read whole by other rules), and not where the sentence writes a year
 * before or after it ("in 2019", "ten years ago").
 */
export const readRankedYear: Pass = (text, { published, timeml }) =>
  [...(timeml ? text.matchAll(RANKED_YEAR) : [])]
    .filter((m) => {
      const year = m.groups!.year!;
      const words = m.groups!.noun!;
      const end = m.index + m[0].length;
      const from = sentenceStartAt(text, m.index);
      const sentence = sentenceAt(text, m.index, end);
      // The sentence but for "the year" itself.
      const around = `${sentence.slice(0, end - year.length - from)} ${sentence.slice(end - from)}`;
      return (
        LOWER_CASE_YEAR.test(year) &&
        !(m.groups!.ordinal !== undefined && PERIOD_NOUN.test(words)) &&
        !YEAR_WRITTEN.test(around)
      );
    })
    .map((m): Reading => {
      const year = m.groups!.year!;
      const end = m.index + m[0].length;
      return {
        start: end - year.length,
        end,
        priority: 3,
        resolve: () => ({
          type: 'DATE',
          value: published.slice(0, 4),
          granularity: 'year',
          anchor: { kind: 'published', date: published },
        }),
      };
    });
