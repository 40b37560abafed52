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
// ("Shareholders sued Black Tuesday", "Conrad Black Monday"), but not after a verb whose object is
// an event, never a person ("what caused Black Monday", "which studied Black Monday"), nor after
// "became", which names a day ("Oct. 19, 1987, became Black Monday", "The day became Black Monday
// for brokers"): the name is one, with no weekday inside it.
const EVENT_VERB = String.raw`(?:[Cc]aus(?:e|ed|es|ing)|[Tt]rigger(?:ed|s|ing)?|[Ss]park(?:ed|s|ing)?|[Pp]recipitat(?:e|ed|es|ing)|[Ss]tud(?:y|ied|ies|ying)|[Pp]redict(?:ed|s|ing)?|[Ff]oresaw|[Ss]urviv(?:e|ed|es|ing)|[Ww]eather(?:ed|s|ing)?|[Pp]reced(?:e|ed|es|ing)|[Rr]ivall?(?:ed|s|ing)?|[Mm]irror(?:ed|s|ing)?|[Ee]cho(?:ed|es|ing)?|[Rr]epeat(?:ed|s|ing)?|[Ww]orsen(?:ed|s|ing)?)`;
export const BEFORE_NAMED = String.raw`(?:^|[.!?]["”']?\s+|["“(]\s*|['’]s\s+|\b(?:[Tt]he|[Aa]n?|[Ii]n|[Oo]n|[Oo]f|[Ff]or|[Aa]s|[Ss]ince|[Aa]fter|[Bb]efore|[Uu]ntil|[Dd]uring|[Ll]ike|[Uu]nlike|[Aa]nother|[Nn]ext|[Oo]wn|[Rr]emember(?:ed|s)?|[Rr]ecall(?:ed|s)?|[Bb]ec(?:ame|ome|omes|oming)|${EVENT_VERB})\s+)`;

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
