/**
 * "the time" of "at the time", the time a story has been telling of: "At the time, few people
 * expected the conflict to spread", "saying at the time he was innocent". TimeML marks the two
 * words as a time gone by (`PAST_REF`, anchored where the story stands), as TimeBank does; the news
 * reading leaves them, since they put nothing new on the calendar. A regular expression whose match
 * is "the time", to stand among the expressions only TimeML marks.
 *
 * Only after "at": not "the time of" an event named after it ("at the time of its founding",
 * "at the time of writing"), which the annotators leave unmarked, nor "the time when" a clause
 * tells, nor a time still to come in a sentence that says "will" before it ("He will be 60 at the
 * time"). "said at the time that …" is the past still: "that" opens what was said.
 *
 * @example 'At the time, few people expected it'.match(AT_THE_TIME)?.[0] // 'the time'
 */
export const AT_THE_TIME =
  /(?<!\b(?:will|'ll|’ll|shall)\b[^.!?;]*)(?<=\bat\s+)the\s+time\b(?!\s+(?:of|when)\b)/gi;
