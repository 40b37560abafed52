/**
 * A plural subject's bare verb of opening, closing or taking up, with its own possessive object
 * and at most a place between that and the date: "The Mets open their season at home on
 * Thursday", "Both sides begin their campaigns on Saturday", "The Rangers resume their road trip
 * in Boston on Thursday", "Rovers kick off their league campaign at Ewood Park on Saturday". In
 * the present such a verb is a schedule's, as "The Mets open at home on Thursday" already was.
 * Read before "their", "its" or "our", which makes the bare form a verb whatever its subject
 * ("The Red Sox open their homestand", "City close their home campaign"), or before "it" or "them"
 * alone right before the date ("Crews closed the road Friday, and workers reopen it Monday"); not after an article or
 * a possessive (a noun there), nor after "to", "did", "not" or a modal, whose tense is theirs ("did
 * not open their doors on Monday"), nor a past ("opened their season"); no comma may stand
 * between the object and the date, and a stop only inside a word ("in St. Louis"), the cue being
 * read within the date's own sentence. A regular expression's source, for PRESENT_SCHEDULE.
 */
export const PLURAL_VERB_WITH_OBJECT_SOURCE = [
  String.raw`(?<=\b[A-Za-z][\w'’.-]*\s)`,
  String.raw`(?<!(?:\b(?:to|did|does|do|not|never|would|could|should|might|must|can|may)|n['’]t)\s)`,
  String.raw`(?<!\b(?:the|a|an|this|that|its|his|her|their|our)\s)`,
  String.raw`(?:open|reopen|begin|start|resume|close|end|finish|conclude|wrap\s+up|kick\s+off)`,
  String.raw`(?=\s+(?:(?:their|its|our)(?:\s+[\w'’.-]+){1,7}|it|them)\s*$)`,
].join('');
