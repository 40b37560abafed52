import type { Pass, Reading } from './Reading.ts';
import { sentenceStartAt } from './sentenceEnds.ts';
import { yearOpeningSentence } from './yearOpeningSentence.ts';
import { yearWordNear } from './yearWordNear.ts';
import { UNIT_SHIFT } from './unitShift.ts';

const YEAR = '(?:19|20)\\d{2}';
// "the 2014 holiday season", "last year's holiday season", "this holiday season", "last holiday
// season", "the holiday season of 2014", "the holidays in 2014", "the 2014 holidays": the
// year-end holidays with their year, or a word that gives it. "the holidays" alone is any
// holidays ("the Easter holidays", "the summer holidays" are not matched, since a word stands
// between "the" and "holidays").
const SEASON = new RegExp(
  `\\b(?:(?:the\\s+(${YEAR})|(this|last|next)\\s+year['’]s|(this|last|next))\\s+(?:holiday(?:\\s+shopping)?\\s+season|holidays)|the\\s+(?:holiday(?:\\s+shopping)?\\s+season|holidays)(?:\\s+(?:of|in)\\s+(${YEAR})\\b)?)\\b(?![-'’])`,
  'gi',
);
// "the holiday season in August", "the peak holiday season from July to August": a month other
// than the year end's in the sentence makes it a season of travel, not the year end's.
const OTHER_MONTH =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?)\b/;

/** The year's November and December, the news reading's stretch of its holiday season. */
function season(year: number): string {
  return `${year}-11/${year}-12`;
}

/**
 * "Sales in the 2014 holiday season fell", "Retailers hired more for the holidays last year",
 * "In 2014, stores opened early for the holiday season": in the news reading, the year-end
 * holidays of the year the text gives them (November and December, `2014-11/2014-12`, the months
 * retailers count), or of the year word's or the opening year's. With no year given they stay
 * unread ("Retailers expect strong sales during the holiday season"), and so does "this holiday
 * season" said in January, which might be the one just past. British "holiday season" is as often
 * the summer's, so only en-US reads it; TimeML mode reads none (the tuning part holds none, and the
 * guidelines give the season no value of its own).
 */
export const readHolidaySeason: Pass = (text, { published, locale, timeml }) => {
  if (timeml || locale !== 'en-US') return [];
  const readings: Reading[] = [];
  const publishedYear = Number(published.slice(0, 4));
  for (const m of text.matchAll(SEASON)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentence = text.slice(sentenceStartAt(text, start), end + 80).split(/[.!?](?:\s|$)/)[0]!;
    if (OTHER_MONTH.test(sentence)) continue;
    const written = m[1] ?? m[4];
    const word = (m[2] ?? m[3])?.toLowerCase();
    const near = written || word ? undefined : yearWordNear(text, start, end);
    let year: number | undefined;
    if (written) year = Number(written);
    else if (word === 'this' || (word === undefined && near === 'this'))
      year = published.slice(5, 7) === '01' ? undefined : publishedYear;
    else if (m[2] || near) year = publishedYear + UNIT_SHIFT[(m[2] ?? near)!.toLowerCase()]!;
    // "last holiday season" said in December is last year's; "next holiday season" next year's.
    else if (m[3]) year = publishedYear + (word === 'last' ? -1 : 1);
    else year = yearOpeningSentence(text, start, published);
    if (year === undefined) continue;
    const value = season(year);
    readings.push({
      start,
      end,
      priority: 4,
      resolve: ({ deictic }) => ({
        type: 'DATE',
        value,
        granularity: 'span',
        anchor: deictic.source,
      }),
    });
  }
  return readings;
};
