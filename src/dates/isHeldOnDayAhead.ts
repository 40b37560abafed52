import { WORDS_TO_99 } from './readNumber.ts';

// What a present "have" or "has" holds for the day: a count ("from ten to twelve choices", "two
// seats", "one more practice") or an article or owner and a noun ("a date with Stanford", "a full
// schedule", "its vote"). A participle after "have" is a perfect ("have won four straight"), which
// none of these words is.
const HELD = String.raw`(?:(?:from|only|just|about|up\s+to)\s+)?(?:${WORDS_TO_99}|\d+|an?|several|no|its|his|her|their)`;
// Not after a modal or "to" (their own tense: "would have a chance"), nor after "'s" read as "has"
// alone. Up to eight words of what is held, no comma, clause word or infinitive's "to" among them
// ("He has a role to play on Monday" is the playing's day; "from ten to twelve" is a count), nor
// a preposition that opens an event of its own ("Police have a suspect in the shooting on Tuesday",
// "no explanation for the crash on Sunday": the day is the event's, gone by), then
// "on" or nothing before the weekday: "since Tuesday" and "by Tuesday" look elsewhere.
const HAS_BEFORE_DAY = new RegExp(
  String.raw`(?<!\b(?:to|will|would|could|should|might|must|may|can|not)\s+)\b(?:has|have)\s+${HELD}\b` +
    String.raw`(?:\s+(?!(?:who|which|that|when|because|after|since|and|but|in|into|about|over|of|for(?=\s+(?:the|a|an)\s)|to(?!\s+(?:${WORDS_TO_99}|\d)))\b)[\w'’-]+){0,8}?(?:\s+on)?\s*$`,
  'i',
);

/**
 * Whether the words before a weekday, in its sentence, end with a present "have" or "has" and what
 * it holds for the day: broadcast copy of a vote or a fixture to come ("Voters in Illinois have
 * from ten to twelve choices on Tuesday", said on Thursday 12 March 1998, is the coming Tuesday, as
 * "Voters face three choices on Tuesday" is; "Kentucky has a date with Stanford on Saturday").
 * "have" is no past; the day held is ahead. Not "had", nor a perfect ("The Bulls have won four
 * straight since Tuesday"), nor a clause boundary between the verb and the day.
 *
 * @example isHeldOnDayAhead('Voters have three choices on ') // true
 */
export function isHeldOnDayAhead(before: string): boolean {
  return HAS_BEFORE_DAY.test(before);
}
