import { WEEKDAY_CAPITALISED_SOURCE } from './weekdayNames.ts';

/**
 * A weekday in the title of a newspaper, not a day: the word is blanked before chrono reads, so
 * "A poll for the Mail on Sunday put Reform eight points ahead" and "She told the Sunday Post"
 * read no Sunday, where the Sunday of the week was read. The titles:
 *
 * - a weekday after "the" before a paper's word ("The Sunday Times", "the Sunday Telegraph",
 *   "the Sunday Express", "the Sunday Mirror", "the Sunday Herald"), and "Sunday" before "Post",
 *   "People", "Mail", "Independent" and "World" ("the Sunday Post"; not "the Sunday World Cup
 *   final", nor before "Series" or "Championship");
 * - "Mail on Sunday" and "Independent on Sunday" right after "the", "a" or "an" ("a Mail on
 *   Sunday poll"): "The Daily Mail on Sunday reported" is the Daily Mail's report of a Sunday,
 *   "Royal Mail on Sunday announced strikes" Royal Mail's announcement;
 * - "Scotland on Sunday" and "Wales on Sunday" only after "for" or "told" ("a Panelbase poll for
 *   Scotland on Sunday"): "Protests were held in Scotland on Sunday" keeps its Sunday.
 *
 * Global, for masking every one in a text.
 *
 * @example 'A poll for the Mail on Sunday'.replace(WEEKDAY_PAPER, (w) => ' '.repeat(w.length))
 */
export const WEEKDAY_PAPER = new RegExp(
  [
    String.raw`(?<=\b[Tt]he\s+)\b(?:${WEEKDAY_CAPITALISED_SOURCE})(?=\s+(?:Times|Telegraph|Express|Mirror|Herald)\b)`,
    String.raw`(?<=\b[Tt]he\s+)\bSunday(?=\s+(?:Post|People|Mail|Independent|World(?!\s+(?:Cup|Series|Championships?)\b))\b)`,
    String.raw`(?<=\b(?:[Tt]he|[Aa]n?)\s+(?:Mail|Independent)\s+on\s+)Sunday\b`,
    String.raw`(?<=\b(?:for|told)\s+(?:Scotland|Wales)\s+on\s+)Sunday\b`,
  ].join('|'),
  'g',
);
