import { HELD_THING } from './heldThing.ts';

// What a council, a club or an organiser moves to another day besides the things held on one:
// a round of collections or a service, a market, a fixture, a briefing or a final.
const SERVICE =
  'collections?|services?|rounds?|markets?|fairs?|fixtures?|ties?|finals?|briefings?|clinics?|surgery|surgeries|classes|lessons|assembly|parade|fireworks|display';

/**
 * A thing held or run on a day that moves itself to another day, told in the present or the
 * present perfect: "Bin collections move to Saturday", "The market moves to Sunday", "The weekly
 * briefing switches to Thursday", "The game has moved to Friday night". Such a notice gives the
 * new day, which lies ahead as the time of a thing put off does ("was moved to Monday"). A regular
 * expression's source, to stand where a verb of putting off does. Not a past active ("The market
 * moved to Sunday because of the storm", which may tell a day gone by), nor people or attention
 * ("Investors move to …", "The focus shifts to …"; attention has its own reading).
 */
export const THING_MOVES = `(?<=\\b(?:${HELD_THING}|${SERVICE})\\s+)(?:(?:has|have)\\s+(?:now\\s+)?(?:moved|switched|shifted|changed)|(?:moves?|switch(?:es)?|shifts?|changes?))\\b`;
