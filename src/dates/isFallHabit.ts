import { isFrontedSeasonHabit } from './isFrontedSeasonHabit.ts';
import { isHabitualSeason } from './isHabitualSeason.ts';
import { sentenceAround } from './tenseAround.ts';

// A tumble told in the sentence: "Elderly patients often break a hip in the fall" is a fall.
const TUMBLE_WORDS =
  /\b(?:injur(?:y|ies|e|es|ed|ing)|hurt(?:s|ing)?|broke|broken|break(?:s|ing)?|fractur(?:e|es|ed|ing)|hips?|head|wrists?|di(?:e|es|ed)|dying|killed)\b/i;
// "the fall" of a habit is a time within which the habit falls: "in", "during" or "through" right
// before it. After another preposition it is a drop or a downfall ("Markets usually recover quickly
// from the fall", "Historians often blame the emperor for the fall", "Shares typically rebound
// after the fall").
const SEASON_PREPOSITION =
  /\b(?:in|during|through(?:out)?)\s+the\s+(?:(?:early|late|mid-?)\s*)?fall$/i;

/**
 * Whether "the fall" at `start` (its match ending at `end`) is the season of a habit, any year's
 * (`XXXX-FA`), as "winter" is in "Temperatures always drop sharply in winter": an adverb of habit
 * before it in its clause ("Prices typically fall in the fall as demand for cooling eases"), or
 * "In the fall" opening the sentence before a clause with a word of habit ("In the fall the
 * township sweeps leaves from the curbs every Tuesday"). "the fall" is otherwise read only after
 * a verb looking ahead, so these were unread. The habit's checks are `isHabitualSeason`'s and
 * `isFrontedSeasonHabit`'s. Only "in", "during" or "through" right before "the fall": after
 * another preposition it is a drop or a downfall ("Markets usually recover quickly from the fall",
 * "Historians often blame the emperor for the fall"). Not a sentence that tells a tumble
 * ("Elderly patients often break a hip in the fall").
 *
 * @example isFallHabit('Prices typically fall in the fall.', 25, 33, 'the') // true
 */
export function isFallHabit(
  text: string,
  start: number,
  end: number,
  determiner: string | undefined,
): boolean {
  if (!SEASON_PREPOSITION.test(text.slice(Math.max(0, start - 12), end))) return false;
  const { before, after } = sentenceAround(text, start, end);
  if (TUMBLE_WORDS.test(`${before} ${after}`)) return false;
  return isFrontedSeasonHabit(text, start, end) || isHabitualSeason(text, start, end, determiner);
}
