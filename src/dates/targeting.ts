// What is done to targets, or where fire goes: a strike's verb ("Jets bombed targets on
// Thursday", "Israeli helicopters rocketed Palestinian targets on Thursday", "NATO struck military
// targets Thursday") or a preposition ("fired missiles at Palestinian targets Thursday"), with up
// to two words of what kind of targets between. "targets" after them is the noun, the things hit,
// and tells no date aimed at.
const STRUCK = String.raw`(?:attacked|bombed|struck|hit|shelled|pounded|rocketed|raided|strafed|targeted|hammered|blasted|destroyed|damaged|missed|at|on|against)`;
const STRUCK_BEFORE = String.raw`(?<!\b${STRUCK}\s+(?:[\w'’.-]+\s+){0,2})`;

/**
 * "NASA is targeting Thursday for the launch", "SpaceX now targets Nov. 19", "The agency is
 * targeting early December": a date aimed at, the way launch and release schedules are told,
 * which is still to come. Only right before the date, so that a thing attacked is not read ("drones
 * targeting the port on Monday"), and not told in the past ("was targeting Thursday" is a plan
 * that may have gone by), nor a noun ("Israel's targeting Wednesday of a hospital", "Jets bombed
 * Palestinian targets on Thursday"). A regular expression's source, for the words right before
 * the date.
 */
export const TARGETING = [
  String.raw`(?<!\b(?:was|were|been|had|the|its|their|his|her|our)\s+|['’]s\s+)targeting`,
  // "targets" as a verb only: not the noun after a determiner or a word it is a target of ("cut
  // their price targets Thursday", "lowered its targets Tuesday", "The sales targets Monday"). The
  // pattern is used case-insensitively, so the words are listed rather than told by capitals.
  // Nor the things a strike hit, after its verb or a preposition (STRUCK_BEFORE).
  String.raw`(?<!\b(?:the|its|their|his|her|our|these|those|new|price|sales|revenue|profit|earnings|growth|emissions|inflation|climate|output|production|official)\s+)${STRUCK_BEFORE}targets`,
].join('|');
