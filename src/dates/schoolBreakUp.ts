const HOLIDAY =
  '(?:the\\s+)?(?:half[- ]term|summer|christmas|easter|holidays?|(?:summer|christmas|easter|winter|spring|october|february|may)\\s+(?:holidays?|break|half[- ]term))';

/**
 * Schools or pupils said in the present to break up for a holiday: "Schools in the county break up
 * for half-term on Friday", "The school breaks up for Christmas on 19 December". A British
 * school's term ends on a day set in its calendar, so the present is the schedule's, as "opens"
 * is. A regular expression's source, matching from the verb, to stand among the present verbs of
 * scheduling; "broke up for" is past, and "break up" before anything but a holiday ("Police break
 * up a fight on Friday") is no schedule.
 *
 * @example new RegExp(SCHOOL_BREAK_UP, 'i').test('break up for half-term') // true
 */
export const SCHOOL_BREAK_UP = String.raw`breaks?\s+up\s+for\s+${HOLIDAY}\b`;
