import { MONTH_NAMES } from './monthNames.ts';
import { WEEKDAY_NAMES } from './weekdayNames.ts';

const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;
const NAMED = [...WEEKDAY_NAMES.filter((day) => day !== 'friday'), ...MONTH_NAMES]
  .map(capitalised)
  .join('|');

// A capitalised word that is no article or preposition, before "Black": a first name.
const NAME_WORD = String.raw`(?!(?:The|A|An|In|On|Of|As|By|At|After|Since|Until|Before|During|Like|Remember)\b)[A-Z][a-z]+`;

/**
 * A weekday or a month after a capitalised "Black", the name of a past day or event: "Jordan
 * expelled the guerrillas in what became known as Black September", "the Black September group",
 * "Investors still remember Black Monday". It is no weekday of the week read and no month of the
 * year read (chrono read "Black September", said in October 2000, as 2000-09); the word is blanked
 * before chrono reads the text. Not "Black Friday", the shopping day after Thanksgiving
 * (`readHolidays`), nor after another capitalised word, where "Black" is a name of its own
 * ("Conrad Black Monday"), nor a lower-case "black".
 *
 * @example 'known as Black September'.replace(BLACK_NAMED_DAY, (w) => ' '.repeat(w.length))
 */
export const BLACK_NAMED_DAY = new RegExp(
  String.raw`(?<!\b${NAME_WORD}\s+Black\s+)(?<=\bBlack\s+)(?:${NAMED})\b`,
  'g',
);
