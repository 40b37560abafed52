import { HELD_THING } from './heldThing.ts';

// The things "today's" makes a kind of the present age rather than of the day: people taken as a
// kind ("today's youth", "today's teenagers"), the world or an order of things ("today's world",
// "today's economy"), and the goods of the age ("today's personal computers"). A day's news says
// "today's vote", "today's editions", "today's rally" instead, which stay the day.
const AGE_KIND =
  'world|society|youth|young\\s+people|generations?|children|kids|teens|teenagers|students|parents|families|consumers|workers|workforce|workplace|culture|economy|technology|computers|cars|phones|smartphones|standards';

/**
 * "in today's world", "what the case is for today's youth", "the chips of choice in many of
 * today's personal computers": "today's" as "nowadays'", before a kind of the present age (with
 * at most one word before the noun), dates no day. TimeML's tuning part leaves all three unmarked,
 * so both readings read nothing. Not "today's vote", "today's youth rally" (a thing held on the
 * day), nor "today's weather".
 */
export const GENERIC_TODAY = new RegExp(
  `\\btoday(?=['’]s\\s+(?:[a-z]+\\s+)?(?:${AGE_KIND})\\b(?!\\s+(?:${HELD_THING}|rall(?:y|ies)|protests?|marche?s?)\\b))`,
  'gi',
);

const AT = new RegExp(GENERIC_TODAY.source, 'iy');

/** Whether the "today" at `start` in `text` is the present age's ("today's world"). */
export function isGenericToday(text: string, start: number): boolean {
  AT.lastIndex = start;
  return AT.test(text);
}
