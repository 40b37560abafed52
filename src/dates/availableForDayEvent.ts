// A player's standing for a game told in the present: "is a doubt for", "is suspended for", "is
// ruled out of", "are without X for", "is fit for".
const STANDING = String.raw`(?:a\s+(?:[\w-]+\s+)?doubt|doubtful|suspended|banned|ruled\s+out|unavailable|available|ineligible|fit|out|a\s+(?:[\w-]+\s+)?(?:concern|worry))`;
const AVAILABLE_FOR = new RegExp(
  String.raw`\b(?:is|are|remains?)\s+(?:(?:now|also|still|set\s+to\s+be)\s+)?${STANDING}\s+(?:for|of)\s+(?:the\s+)?$`,
  'i',
);

/**
 * Whether `before`, the words before a day's possessive, tell a player's standing for the day's
 * game in the present: "The striker is a doubt for Wednesday's game", "The winger is suspended for
 * Saturday's derby", "Smith is ruled out of Sunday's final", "Jones is fit for Friday's match". A
 * standing told in the present is for a game to come. Not a past ("was suspended for Saturday's
 * derby", "missed Sunday's final"), which tells one gone by.
 *
 * @example availableForDayEvent('The striker is a doubt for ') // true
 */
export function availableForDayEvent(before: string): boolean {
  return AVAILABLE_FOR.test(before);
}
