import { PLURAL_SUBJECT_BEFORE } from './pluralSubjectBefore.ts';

/**
 * A plural side's bare "play" with no opponent named, where or when the game is: "The Broncos play
 * Sunday", "Both teams play on Saturday", "The Rams play at Denver on Sunday", "The Giants play at
 * home Sunday", "The Knicks play host to Miami on Sunday". In the present such a game is a fixture,
 * as "The Lakers play the Celtics on Friday" (`FIXTURE`) already was. Read only right after a
 * plural ("Broncos", "teams", "they", "we"), its "that" or "which" or a relative clause between
 * commas, and not before "in" ("Kids play in the snow on Sunday" is no game), nor after "to" ("a
 * role to play on Monday") or an article ("the play on Sunday", a noun). A regular expression's
 * source, for PRESENT_SCHEDULE.
 */
const WHERE_OR_WHEN = String.raw`(?:on|at|away|home|host|this|next|tonight)\b`;

export const PLURAL_PLAY_VERB_SOURCE = String.raw`${PLURAL_SUBJECT_BEFORE}play(?=\s+${WHERE_OR_WHEN}|\s*$)`;
