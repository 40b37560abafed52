/**
 * A plural subject's bare verb of opening, closing or taking up, with its own possessive object
 * and at most a place between that and the date: "The Mets open their season at home on
 * Thursday", "Both sides begin their campaigns on Saturday", "The Rangers resume their road trip
 * in Boston on Thursday", "Rovers kick off their league campaign at Ewood Park on Saturday". In
 * the present such a verb is a schedule's, as "The Mets open at home on Thursday" already was.
 * Read before "their", "its" or "our", which makes the bare form a verb whatever its subject
 * ("The Red Sox open their homestand", "City close their home campaign"), or before "it" or "them"
 * alone right before the date ("Crews closed the road Friday, and workers reopen it Monday"), not
 * after a verb of seeing, helping or making and its object; not after an article or a possessive (a noun there), nor after "to", "did", "not" or a modal, whose tense is theirs ("did
 * not open their doors on Monday"), nor a past ("opened their season"); no comma may stand
 * between the object and the date, and a stop only inside a word ("in St. Louis"), the cue being
 * read within the date's own sentence. A regular expression's source, for PRESENT_SCHEDULE.
 */
const NOT_AFTER_AUXILIARY = String.raw`(?<!(?:\b(?:to|did|does|do|not|never|would|could|should|might|must|can|may)|n['’]t)\s)`;
const NOT_AFTER_ARTICLE = String.raw`(?<!\b(?:the|a|an|this|that|its|his|her|their|our)\s)`;
const OPENING_VERB = String.raw`(?:open|reopen|begin|start|resume|close|end|finish|conclude|wrap\s+up|kick\s+off)`;
// "A locksmith helped police open it Monday", "Neighbors watched firefighters open it": a bare
// verb after one of seeing, helping or making and its object takes that verb's tense.
const NOT_AFTER_SEEING_OR_MAKING = String.raw`(?<!\b(?:help(?:s|ed)?|watch(?:es|ed)?|saw|see[ns]?|let|lets|made|makes?|had|ha[sv]e|heard|hears?)\s+(?:[\w'’-]+\s+){1,2})`;
export const PLURAL_VERB_WITH_OBJECT_SOURCE = [
  `${NOT_AFTER_AUXILIARY}${NOT_AFTER_ARTICLE}(?:`,
  String.raw`${OPENING_VERB}(?=\s+(?:their|its|our)(?:\s+[\w'’.-]+){1,7}\s*$)`,
  String.raw`|${NOT_AFTER_SEEING_OR_MAKING}${OPENING_VERB}(?=\s+(?:it|them)\s*$))`,
].join('');
