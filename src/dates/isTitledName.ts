import { FIRST_NAME_MONTH_SOURCE } from './isMonthAsFirstName.ts';
import { MONTH_NAME_CAPITALISED_SOURCE } from './monthNames.ts';
import { isAfterPersonTitle, PERSON_TITLE_SOURCE } from './personTitle.ts';
import { sentenceAt, sentenceStartAt } from './sentenceEnds.ts';
import { WEEKDAY_CAPITALISED_SOURCE } from './weekdayNames.ts';
import { wordTags } from './wordTags.ts';

// A month written as a surname: capitalised, the whole word. Not a weekday: "Judge Martin Friday
// ruled", "Sheriff Scott Monday said" are a surname the tagger takes for a first name, then the day.
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_NAME_CAPITALISED_SOURCE})$`);
// A title, then one capitalised word (the first name) right before the word.
const TITLE_AND_NAME_BEFORE = new RegExp(
  String.raw`\b(?:${PERSON_TITLE_SOURCE})\.?\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$`,
);
const FIRST_NAME_MONTH = new RegExp(`^(?:${FIRST_NAME_MONTH_SOURCE})$`);
// A capitalised surname after the first name, not a word of the calendar nor a figure.
const SURNAME_AFTER = new RegExp(
  String.raw`^\s+(?!(?:${MONTH_NAME_CAPITALISED_SOURCE}|${WEEKDAY_CAPITALISED_SOURCE}|Day|Fools)\b)(?:Mc|Mac|O['’])?[A-Z][a-z]+`,
);

/**
 * Whether the month written at `start`..`end` is part of a person's name after a title: the
 * surname after a title and a first name ("Judge Anne March said", "Detective Inspector Paul
 * March"), or the first name April, June or August between a title and a capitalised surname
 * ("Officer April Jones", "Judge June Lee"). Such a word names no month.
 *
 * It leaves a weekday after a title and a name ("Judge Martin Friday ruled", "Justice Thomas Monday
 * wrote": a surname the tagger takes for a first name, then the day, as wire copy writes it); a
 * weekday after a given name seldom a surname ("Police Chief Robert Friday said") is masked as a
 * name by `WEEKDAY_IN_NAME` before it comes here.
 *
 * The word between the title and a surname must be a first name by the tagger's reading: "Judge
 * Smith Monday ruled" (a surname there) keeps the Monday. A figure after the word ("Sgt. Paul
 * March 3") or a word of the calendar after a first-name month ("Officer April Day") keeps the
 * date, and so does any word that is not a title before the name ("said Anne March").
 *
 * @example isTitledName('Judge Anne March said it.', 11, 16) // true
 */
export function isTitledName(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!CALENDAR_WORD.test(word) || /^\s*\d/.test(text.slice(end))) return false;
  const before = text.slice(Math.max(0, start - 60), start);
  if (FIRST_NAME_MONTH.test(word) && isAfterPersonTitle(text, start))
    return SURNAME_AFTER.test(text.slice(end, end + 30));
  const name = TITLE_AND_NAME_BEFORE.exec(before);
  if (!name) return false;
  const nameAt = start - name[0].length + name[0].indexOf(name[1]!, name[0].search(/\s/));
  const from = sentenceStartAt(text, start);
  const tags = wordTags(text, from, from + sentenceAt(text, start, end).length).get(nameAt);
  return tags?.has('FirstName') === true;
}
