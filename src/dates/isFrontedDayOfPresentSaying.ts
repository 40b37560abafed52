import { OPENS_SENTENCE } from './opensSentence.ts';
import { WEEKDAY_ALONE } from './weekdayNames.ts';

// A subject of up to four words ("aides", "White House aides", "the Iraqi officials"), a present
// verb of saying, "that" or nothing, then a clause of its own told ahead: "will", "would", "is
// going to", "plans to", "is expected to". No comma anywhere in it, so a parenthetical saying
// ("On Monday, officials say, the inspectors will return") is left to the day's own clause.
const SAYING_AHEAD_AFTER = new RegExp(
  String.raw`^\s+(?:[\w'’.-]+\s+){1,4}?(?:say|says|predict|predicts|insist|insists)\s+(?:that\s+)?` +
    String.raw`(?:[\w'’.-]+\s+){1,5}?(?:will|would|(?:is|are)\s+going\s+to|plans?\s+to|(?:is|are)\s+(?:expected|set|due)\s+to)\b`,
  'i',
);

/**
 * Whether a weekday that opens its sentence is the day of a saying told in the broadcast's present
 * ahead of a deed still to come: "On Tuesday aides say the President will travel to Africa on
 * Sunday", said on Thursday 19 March 1998, is the Tuesday gone by, as "On Tuesday aides said …"
 * is; what the saying tells is ahead of it, so the saying is no plan. `before` and `after` are the
 * date's sentence around `date`, its words.
 */
export function isFrontedDayOfPresentSaying(before: string, date: string, after: string): boolean {
  return WEEKDAY_ALONE.test(date) && OPENS_SENTENCE.test(before) && SAYING_AHEAD_AFTER.test(after);
}
