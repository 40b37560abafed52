import { DAY_ORDINAL_WORD_SOURCE } from './dayOrdinalWords.ts';
import { MONTH_NAME_CAPITALISED_SOURCE } from './monthNames.ts';
import { OPENS_SENTENCE } from './opensSentence.ts';
import { SEASON_PATTERN } from './seasonNames.ts';
import { WEEKDAY_ALONE, WEEKDAY_PATTERN } from './weekdayNames.ts';

// A subject of up to four words ("aides", "White House aides", "the Iraqi officials"), a present
// verb of saying, "that" or nothing, then a clause of its own told ahead: "will", "would", "is
// going to", "plans to", "is expected to". No comma anywhere in it, so a parenthetical saying
// ("On Monday, officials say, the inspectors will return") is left to the day's own clause.
// Not "and will", "and then will": a second deed of the sayer's own, whose "say" is a deed too
// ("On Sunday the Pope says Mass and then will fly back to Rome on Monday").
const SAYING_AHEAD_AFTER = new RegExp(
  String.raw`^\s+(?:[\w'’.-]+\s+){1,4}?(?:say|says|predict|predicts|insist|insists)\s+(?:that\s+)?` +
    String.raw`(?:[\w'’.-]+\s+){1,5}?(?<!\band\s+(?:then\s+)?)(?:will|would|(?:is|are)\s+going\s+to|plans?\s+to|(?:is|are)\s+(?:expected|set|due)\s+to)\b`,
  'i',
);
// The deed's own time, after the saying: "… to Africa on Sunday", "… next week", "… this
// weekend", "… on April 2", "… on the sixteenth", "… by summer", "… but not yet". Without one the
// fronted weekday may be the deed's day as well as the saying's ("On Saturday the weather service
// says temperatures will climb into the seventies", "On Sunday the Pope says Mass and then will
// fly back to Rome"), and is left to the tense.
const OWN_TIME = new RegExp(
  String.raw`\b(?:${WEEKDAY_PATTERN}|${SEASON_PATTERN}|(?:this|next|coming)\s+(?:week|weekend|month|year)|tomorrow|tonight|yet|the\s+${DAY_ORDINAL_WORD_SOURCE})`,
  'i',
);
const OWN_MONTH = new RegExp(String.raw`\b(?:${MONTH_NAME_CAPITALISED_SOURCE})\b`);

/**
 * Whether a weekday that opens its sentence is the day of a saying told in the broadcast's present
 * ahead of a deed still to come: "On Tuesday aides say the President will travel to Africa on
 * Sunday", said on Thursday 19 March 1998, is the Tuesday gone by, as "On Tuesday aides said …"
 * is; what the saying tells is ahead of it, so the saying is no plan. The told deed must name a
 * time of its own, or the weekday may be its day. `before` and `after` are the date's sentence
 * around `date`, its words.
 */
export function isFrontedDayOfPresentSaying(before: string, date: string, after: string): boolean {
  if (!WEEKDAY_ALONE.test(date) || !OPENS_SENTENCE.test(before)) return false;
  const saying = SAYING_AHEAD_AFTER.exec(after);
  if (!saying) return false;
  const told = after.slice(saying[0].length);
  return OWN_TIME.test(told) || OWN_MONTH.test(told);
}
