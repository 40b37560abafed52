/**
 * A plural subject's bare verb of opening, closing or taking up, with its own possessive object
 * and at most a place between that and the date: "The Mets open their season at home on
 * Thursday", "Both sides begin their campaigns on Saturday", "The Rangers resume their road trip
 * in Boston on Thursday", "Rovers kick off their league campaign at Ewood Park on Saturday". In
 * the present such a verb is a schedule's, as "The Mets open at home on Thursday" already was.
 * Read only right after a plural ("Mets", "sides", "they") and before "their", "its" or "our", so
 * that a noun ("the open their …") or a past ("opened their season") is not taken; no comma or
 * stop may stand between the object and the date. A regular expression's source, for
 * PRESENT_SCHEDULE.
 */
export const PLURAL_VERB_WITH_OBJECT_SOURCE = [
  String.raw`(?<=\b(?:\w+[a-rtv-z]s|they|we)\s)`,
  String.raw`(?:open|reopen|begin|start|resume|close|end|finish|conclude|wrap\s+up|kick\s+off)`,
  String.raw`(?=\s+(?:their|its|our)(?:\s+[\w'’.-]+){1,7}\s*$)`,
].join('');
