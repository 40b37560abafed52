/**
 * "NASA is targeting Thursday for the launch", "SpaceX now targets Nov. 19", "The agency is
 * targeting early December": a date aimed at, the way launch and release schedules are told,
 * which is still to come. Only right before the date, so that a thing attacked is not read ("drones
 * targeting the port on Monday"), and not told in the past ("was targeting Thursday" is a plan
 * that may have gone by). A regular expression's source, for the words right before the date.
 */
export const TARGETING = String.raw`(?<!\b(?:was|were|been|had)\s+)(?:targeting|targets)`;
