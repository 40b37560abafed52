/**
 * The verbs of lasting, waiting, taking or spending a stretch of time ("lasted", "waited",
 * "took", "spent"), a regular expression's source: after one, a count or an uncounted unit is
 * how long something went on. Bare "last" is among them ("lasts?"); a reader that also meets the
 * adjective ("the last days") keeps it out.
 */
export const LASTING_VERB = 'lasts?|lasted|lasting|waits?|waited|waiting|spent|spends?|takes?|took';
