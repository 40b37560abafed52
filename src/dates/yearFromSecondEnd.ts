import type { Mention } from '../model/mention.ts';
import { isStretchJoined } from './isStretchJoined.ts';
import { MONTH_WORD_SOURCE } from './monthNames.ts';

// A month or a day with its month, no more.
const MONTH_OR_DAY = /^\d{4}-(\d{2}(?:-\d{2})?)$/;
const YEAR_WRITTEN = /\b\d{4}\b/;
// A first end that is a bare month or a bare day and month ("January", "3 May", "May 3rd"), its
// preposition aside: "today", "Monday" or "this month" have a value of their own to keep.
const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const BARE_MONTH_OR_DAY = new RegExp(
  String.raw`^(?:(?:from|between|in|on)\s+)?(?:(?:the\s+)?${DAY}\s+(?:of\s+)?)?${MONTH_WORD_SOURCE}\.?(?:\s+${DAY})?$`,
  'i',
);

/**
 * "It took evidence from January to March 2013", "between 3 May and 7 June 2011": a stretch's
 * first end with no year of its own takes the year written with the second (the year before it
 * when the first end would fall after the second: "from November to February 2013" starts in
 * November 2012), not the year publication or the tense gives it. Only a bare month or day and
 * month takes it: "from Monday until 31 March 2028", "from today", "from this month" keep theirs.
 */
export function yearFromSecondEnd(text: string, mentions: readonly Mention[]): Mention[] {
  return mentions.map((a, i) => {
    const b = mentions[i + 1];
    if (!b || a.type !== 'DATE' || b.type !== 'DATE' || a.mod || b.mod) return a;
    const first = MONTH_OR_DAY.exec(a.value);
    const second = MONTH_OR_DAY.exec(b.value);
    if (!first || !second || first[1]!.length !== second[1]!.length) return a;
    if (YEAR_WRITTEN.test(a.text) || !YEAR_WRITTEN.test(b.text)) return a;
    if (!BARE_MONTH_OR_DAY.test(a.text.trim())) return a;
    if (!isStretchJoined(text, a, b.start)) return a;
    const year = Number(b.value.slice(0, 4));
    const value = `${first[1]! > second[1]! ? year - 1 : year}-${first[1]!}`;
    return value === a.value ? a : { ...a, value };
  });
}
