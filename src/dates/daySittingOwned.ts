// A sitting a day owns: "Tuesday's meeting", "Thursday's council meeting", "Monday night's
// session", "Thursday's planning committee", "Wednesday's full council", "Friday's hearing",
// "Tuesday's vote". Up to three words (a body's name, "special", "full") before the noun.
const SITTING_AFTER =
  /^['’]s\s+(?:[\w-]+\s+){0,3}?(?:meetings?|sessions?|sittings?|hearings?|committee|council|cabinet|assembly|caucus|votes?|ballot|debate|briefing|consultation|drop-in|workshop|forum|town\s+hall)\b/i;
// "Residents can raise concerns at Tuesday's meeting": what one may do at a sitting is offered
// ahead of it; a clause's own "can" or "may", with no stop or comma after it.
const MAY_DO_BEFORE = /\b(?:can|may)\s+(?:[\w'’-]+\s+){1,6}$/;

/**
 * A preposition right before a day's sitting ("to speak at Wednesday's hearing", "on the agenda
 * for Tuesday's meeting"): only there is the sitting read by its sentence's tense. A sitting that
 * is its clause's subject ("Monday's meeting would continue talks") is read as before, gone by
 * unless told what it will do.
 */
export const SITTING_PLACE_BEFORE = /\b(?:at|to|for|before|in|into|ahead\s+of)\s+$/i;

/**
 * Whether the words after a weekday (`after`, opening with its "'s") name a sitting the day owns:
 * a meeting, a session, a hearing, a committee or council, a vote or a debate. Such a sitting is
 * held on a calendar and told ahead as often as gone by, so its sentence's tense tells which
 * ("The vote is expected at Thursday's council meeting" is the coming Thursday, "At Monday
 * night's meeting, council members voted" the Monday gone by), where a day's event is otherwise
 * gone by unless awaited ("Wednesday's ruling", "Monday's crash").
 */
export function daySittingOwned(after: string): boolean {
  return SITTING_AFTER.test(after);
}

/**
 * Whether `before`, the words before a day's sitting, end in what one may do at it ("Residents
 * can raise concerns at", "Members may speak at"): the sitting is still to come.
 */
export function mayDoAtSitting(before: string): boolean {
  return MAY_DO_BEFORE.test(before);
}
