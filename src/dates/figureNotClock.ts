import { MONTH_NAMES } from './monthNames.ts';

// A month's name or its short form, capitalised or not ("April", "Jan."): this pattern is
// case-sensitive, for "PT" below.
const MONTH = `(?:${[...MONTH_NAMES, ...MONTH_NAMES.map((m) => m.slice(0, 3)), 'sept']
  .map((m) => `[${m[0]!.toUpperCase()}${m[0]}]${m.slice(1)}`)
  .join('|')})\\b`;

// "left its rate unchanged on Thursday, at 0.25 percent", "closed on Friday at 12.50 points",
// "held on Monday at 5%": a number before a unit of figures (percent, points, basis points) is a
// rate or an index level, never a clock time, even after a word that introduces one ("at", "to",
// "by"). Blanked before chrono reads the text, so only the weekday is read. "pts" only in small
// letters ("at 10 PT on Tuesday" is a clock in Pacific Time), and not the day of a date before the
// verb "points" ("a survey conducted on April 14 points to a narrowing race").
export const FIGURE_NOT_CLOCK = new RegExp(
  `(?<![\\d.,])(?<!\\b${MONTH}\\.?\\s+)\\b\\d{1,2}(?:\\.\\d+)?(?=\\s*(?:%|(?:[Pp]ercent|[Pp]er\\s+[Cc]ent|[Pp]ercentage\\s+[Pp]oints?|[Bb]asis\\s+[Pp]oints?|[Pp]oints?|pts?)\\b))`,
  'g',
);
