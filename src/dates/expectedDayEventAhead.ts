import { OUTCOME_ADJECTIVE } from './outcomeAdjective.ts';

// A day's event that is held or published on a timetable: an auction, a sale or offering of
// securities, a report, a release of figures, a meeting, a session, a hearing, a speech.
export const HELD_EVENT = String.raw`(?:auction|sale|offering|refunding|report|release|figures|data|meeting|session|hearing|speech|testimony|announcement)s?`;
// The day's possessive, up to two words before the event ("Tuesday's weekly auction"), then what
// the event is of or on, up to seven words ("of three-month bills", "on October durable-goods
// orders"), no comma, colon or stop among them.
const OWNED_EVENT = String.raw`^['’]s\s+(?:(?!${OUTCOME_ADJECTIVE}\s)[\w-]+\s+){0,2}?${HELD_EVENT}\b(?:\s+(?:of|on|for|in|at|from)\s+(?:[\w$%/-]+\s+){1,7}?)?`;
// What the event is expected or set to do, or will do.
const AHEAD = String.raw`(?:will|(?:is|are)\s+(?:(?:widely|generally|also)\s+)?(?:expected|likely|set|due|scheduled|slated)\s+to)\b`;
// What the event may turn out to be, told before it: "could be weaker than expected", "might
// come in stronger than forecast". Not "may show", which may read a report gone by, nor "could"
// alone ("could prompt the Fed to act"), as often an effect of an event gone by.
const MAY_TURN_OUT = String.raw`(?:could|may|might)\s+(?:well\s+)?(?:(?:be|come\s+in|prove)\s+(?:even\s+|much\s+|far\s+)?(?:[\w]+er|more\s+\w+|less\s+\w+)\s+than\s+(?:expected|forecast|anticipated|predicted|economists|analysts))`;
const EXPECTED = new RegExp(String.raw`${OWNED_EVENT}\s*(?:${AHEAD}|${MAY_TURN_OUT})`, 'i');

/**
 * Whether the words right after a weekday (`after`, from its possessive on) tell of an event held
 * or published on a timetable that is expected to do something, or will: "Tuesday's auction of
 * three-month bills is expected to draw strong demand", said on a Monday, is the coming Tuesday,
 * as is "Wednesday's report on October durable-goods orders is expected to show a decline", and
 * one told with what it may turn out to be: "Friday's jobs report could be weaker than expected",
 * said on the Wednesday before, is the coming Friday, as is "Thursday's report might come in
 * stronger than forecast". An owned day is otherwise read as one gone by. Not "Friday's jobs
 * report could prompt the Fed to act", an effect that may follow an event gone by, nor an event
 * told in the past ("Tuesday's auction of three-month bills drew strong demand"), nor a
 * market's move or an outcome ("Monday's selloff in bonds is expected to continue"), which
 * happened, nor one told how it turned out ("Friday's disappointing report on producer prices
 * will make the Fed cautious").
 *
 * @example expectedDayEventAhead("'s auction of three-month bills is expected to draw demand.") // true
 */
export function expectedDayEventAhead(after: string): boolean {
  return EXPECTED.test(after);
}
