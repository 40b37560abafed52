import { WEEKDAY_WORD } from './weekdayNames.ts';

// "Thursday's New England Journal of Medicine", "Wednesday's issue of the journal Science": a
// weekday's possessive before a journal's title, with "issue of" or "edition of" or not.
const WEEKDAY_ISSUE_AFTER =
  /^['’]s\s+(?:(?:online\s+)?(?:issue|edition)\s+of\s+)?(?<title>(?:the\s+)?[^,;:()]{0,80})/;
// "the July 22 issue of the Journal of the American Medical Association": a date before a
// journal's issue.
const DATE_ISSUE_AFTER =
  /^\s+(?:online\s+)?(?:issue|edition)\s+of\s+(?<title>(?:the\s+)?[^,;:()]{0,80})/;
// "published in the Sept. 9 Journal of the American Medical Association": wire copy's short form,
// the date set before the title with no "issue of", after "the" (an issue named, not a day told
// before a subject: "On Sept. 9 Science reported").
const DATE_TITLE_AFTER = /^\s+(?<title>[^,;:()]{0,80})/;
const THE_BEFORE = /\bthe\s+$/i;
// The title of a scientific or medical journal, or the word "journal" before one ("the journal
// Nature"). Not a newspaper, whose day is its day of sale: "Friday's Wall Street Journal", "the
// Atlanta Journal-Constitution", "the Milwaukee Journal Sentinel" name no "Journal of", and the
// daily "Journal of Commerce" is none. A one-word title ("Nature", "Science") is the whole name,
// not a word of a longer one: "Thursday's Nature Conservancy meeting", "the Christian Science
// Monitor", "the National Science Foundation", "the Science Times section" are no journals.
const JOURNAL_TITLE =
  /^(?:the\s+)?(?:(?:medical|scientific|British|American)\s+)?journal\s+[A-Z]|^(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}(?:Journal\s+of\s+(?!Commerce\b)|Medical\s+Journal\b|Morbidity\s+and\s+Mortality\b|(?:Annals|Archives|Proceedings)\s+of\b)|^(?:the\s+)?(?:JAMA|Lancet|Nature|Science|Cell|Pediatrics|Circulation|Neurology|BMJ)\b(?!\s+(?:[A-Z]|and\b|&))/;

// "on" that the day's words may open with ("on Thursday").
const ON_BEFORE_DAY = /^on\s+/i;

/**
 * Whether the day at [start, end) (a weekday or a month and day, with no year) dates an issue of
 * a scientific or medical journal: "The study appears in Thursday's New England Journal of
 * Medicine", "published in the July 22 issue of the Journal of the American Medical
 * Association", or with no "issue of" after "the" ("published in the Sept. 9 Journal of the
 * American Medical Association", said on Sept. 8, is the next day). Wire copy reports such a
 * study when the journal releases it, a few days before or after the issue's date, and the verb's
 * tense tells nothing of which ("was published in the July 22 issue", said on July 20, is two
 * days on): the day is the nearest such one to publication. Not a newspaper's day ("Friday's Wall
 * Street Journal reported"), which is its day of sale.
 */
export function isJournalIssueDay(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).replace(ON_BEFORE_DAY, '');
  const after = text.slice(end, end + 120);
  const issue = WEEKDAY_WORD.test(words)
    ? WEEKDAY_ISSUE_AFTER.exec(after)
    : (DATE_ISSUE_AFTER.exec(after) ??
      (THE_BEFORE.test(text.slice(Math.max(0, start - 8), start))
        ? DATE_TITLE_AFTER.exec(after)
        : null));
  return issue !== null && JOURNAL_TITLE.test(issue.groups!.title!);
}
