/**
 * "Power was restored during the night", "Two men were arrested in the night", "A fire broke out
 * in the middle of the night": a night within which a thing happened, with no day of its own. A
 * regular expression's source, one group round "the night", read as the bare parts of the day
 * after "through" are (the night the story is on, the night just gone when told in the past, and
 * nothing in a clause with no tense: "During the night, bats feed on insects"). Not a night told
 * by what happened in it or a day after it ("during the night of 4 March", "in the night before
 * the vote", "the night the dam broke"), nor "the night sky" or "the night shift".
 */
export const NIGHT_WITHIN_SOURCE = String.raw`(?<=\b(?:during|in(?: the (?:middle|dead) of)?) )(the night)(?![\w'’-]|\s+(?:of|before|after|when|that|which|the|a|he|she|they|we|it|sky|shifts?|watch|bus|train|tube|time|in\s+question|on|at)\b)`;
