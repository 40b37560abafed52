// What a day owns, then up to five words of its name and place ("Saturday's early kick-off at
// Anfield", "Friday's Game 5 in Denver"), no verb of a clause gone by among them.
const OWNED = String.raw`^['’]s\s+(?:[\w-]+\s+){0,5}?`;
// A schedule's present: the event is at a time, or starts at one.
const STARTS = String.raw`(?:is|are|kicks?\s+off|starts?|begins?|tips?\s+off|gets?\s+under\s+way|gets?\s+underway)`;
// A clock time: "12.30pm", "2pm", "9 p.m.", "7:45", "noon".
const CLOCK = String.raw`(?:\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?m\b\.?)|\d{1,2}[.:]\d{2}\b|noon\b|midday\b)`;
// A timetable told before the story's time, "the club had told fans": the day is the one gone by.
const TOLD_BEFORE = /\bhad\s+(?!to\b)\w+/i;
const SCHEDULED = new RegExp(String.raw`${OWNED}${STARTS}\s+(?:due\s+)?at\s+${CLOCK}`, 'i');

/**
 * Whether the words right after a day (`after`, from its possessive on) set its event at a clock
 * time in a schedule's present: "Saturday's early kick-off at Anfield is at 12.30pm", said on the
 * Friday, "Sunday's game at Villa Park kicks off at 2pm", "Friday's Game 5 in Denver tips off at
 * 9 p.m. Eastern". A timetable is told of what is to come, so the day is the coming one (an owned
 * day is otherwise read as one gone by: "Saturday's match ended 2-1"). Not a past ("Saturday's
 * game kicked off at 3pm", "began at 2pm"), nor a present without a clock time ("Saturday's
 * attack is the worst since 2019", "Sunday's game is at Villa Park"), nor a timetable told before
 * the story's time ("Saturday's kick-off is at 3pm," the club had told fans).
 *
 * @example scheduledDayEvent("'s game at Villa Park kicks off at 2pm.") // true
 */
export function scheduledDayEvent(after: string): boolean {
  const sentence = after.split(/[.!?](?:\s|$)/)[0]!;
  return SCHEDULED.test(after) && !TOLD_BEFORE.test(sentence);
}
