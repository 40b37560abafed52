import { MONTH_NAMES } from './monthNames.ts';
import { WEEKDAY_NAMES } from './weekdayNames.ts';

const capitalised = (word: string) => `${word[0]!.toUpperCase()}${word.slice(1)}`;
const NAMED = [...WEEKDAY_NAMES.filter((day) => day !== 'friday'), ...MONTH_NAMES]
  .map(capitalised)
  .join('|');

// What stands before the "Black" of a named day: the start of a sentence, an article, a possessive
// or a preposition ("known as Black September", "since Black Monday", "Wall Street's Black
// Monday", "blamed for Black Monday", "the next Black Monday"), or a verb of memory ("remember
// Black Monday"). After any other word "Black" may be a surname and the weekday its day
// ("Shareholders sued Black Tuesday", "Conrad Black Monday").
export const BEFORE_NAMED = String.raw`(?:^|[.!?]["”']?\s+|["“(]\s*|['’]s\s+|\b(?:[Tt]he|[Aa]n?|[Ii]n|[Oo]n|[Oo]f|[Ff]or|[Aa]s|[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil|[Dd]uring|[Ll]ike|[Uu]nlike|[Aa]nother|[Nn]ext|[Rr]emember(?:ed|s)?|[Rr]ecall(?:ed|s)?)\s+)`;

/**
 * A weekday or a month after a capitalised "Black", the name of a past day or event: "Jordan
 * expelled the guerrillas in what became known as Black September", "the Black September group",
 * "Investors still remember Black Monday". It is no weekday of the week read and no month of the
 * year read (chrono read "Black September", said in October 2000, as 2000-09); the word is blanked
 * before chrono reads the text. Not "Black Friday", the shopping day after Thanksgiving
 * (`readHolidays`), nor after a word that may make "Black" a surname ("Conrad Black Monday",
 * "sued Black Tuesday"), nor a lower-case "black".
 *
 * @example 'known as Black September'.replace(BLACK_NAMED_DAY, (w) => ' '.repeat(w.length))
 */
export const BLACK_NAMED_DAY = new RegExp(
  String.raw`(?<=${BEFORE_NAMED}Black\s+)(?:${NAMED})\b`,
  'g',
);
