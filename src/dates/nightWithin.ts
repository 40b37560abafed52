/**
 * "Power was restored during the night", "Two men were arrested in the night", "A fire broke out in
 * the middle of the night": a night within which a thing happened, with no day of its own. A
 * regular expression's source, one group round "the night", read as the bare parts of the day after
 * "through" are (the night the story is on, the night just gone when told in the past, and nothing
 * in a clause with no tense: "During the night, bats feed on insects"). Not a night told by what
 * happened in it or a day after it ("during the night of 4 March", "in the night before the vote",
 * "the night the dam broke"), nor a night that names a kind of thing ("the night sky", "the night
 * shift", "the night air", "the night economy", "in the night club"), nor a title ("starred in The
 * Night Manager": `nightIsTitle`).
 */
export const NIGHT_WITHIN_SOURCE = String.raw`(?<=\b(?:during|in(?: the (?:middle|dead) of)?) )(the night)(?![\w'’-]|\s+(?:of|before|after|when|that|which|the|a|he|she|they|we|it|sky|shifts?|watch|bus|train|tube|time|air|clubs?|economy|life|porters?|nurses?|staff|flights?|ferry|sleeper|manager|in\s+question|on|at)\b)`;

/** Whether the words "the night" are a title's ("in The Night Manager"), not a time. */
export function nightIsTitle(words: string): boolean {
  return /\bNight\b/.test(words);
}
