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

// "the holidays of Passover and Easter", "after the Lunar New Year ... the holidays": a feast of
// another time of year named in the sentence makes "the holidays" its own.
const OTHER_FEAST =
  /\b(?:Easter|Passover|Pesach|(?:Lunar|Chinese)\s+New\s+Year|Spring\s+Festival|Tet|Ramadan|Eid|Diwali|Holi|Nowruz|Golden\s+Week|Songkran|Rosh\s+Hashanah|Yom\s+Kippur|Sukkot|Obon|Carnival|Memorial\s+Day|Labor\s+Day|Fourth\s+of\s+July|Independence\s+Day)\b/;
// "for the holidays as it did last year", "the holidays, unlike last year": the year word of a
// comparison, which says when the other thing was, not when the holidays are.
const COMPARED_YEAR =
  /^[^,.;:!?]{0,40}?\b(?:as|than|like|unlike)\b[^.;:!?]{0,40}?\b(?:this|last|next)\s+year\b/i;

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
 * season" said in January, which might be the one just past; so do "the holidays" in a sentence
 * naming a feast of another time ("the holidays of Passover and Easter") and a year word of a
 * comparison ("for the holidays as it did last year"). "Next holiday season" said before November
 * is this year's. British "holiday season" is as often
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
    if (OTHER_MONTH.test(sentence) || OTHER_FEAST.test(sentence)) continue;
    const written = m[1] ?? m[4];
    const word = (m[2] ?? m[3])?.toLowerCase();
    const near = written || word ? undefined : yearWordNear(text, start, end);
    if (near && COMPARED_YEAR.test(text.slice(end))) continue;
    let year: number | undefined;
    if (written) year = Number(written);
    else if (word === 'this' || (word === undefined && near === 'this'))
      year = published.slice(5, 7) === '01' ? undefined : publishedYear;
    else if (m[2] || near) year = publishedYear + UNIT_SHIFT[(m[2] ?? near)!.toLowerCase()]!;
    // "last holiday season" said in December is last year's (this one is not over); "next holiday
    // season" is this year's until its November comes, then next year's.
    else if (m[3] && word === 'last') year = publishedYear - 1;
    else if (m[3]) year = publishedYear + (Number(published.slice(5, 7)) < 11 ? 0 : 1);
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
