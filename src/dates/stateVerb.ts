/**
 * Verbs of a state in the present or bare form ("remains sealed", "will stay shuttered", "keeps
 * goods blocked"): a participle after one (and its object) describes a state, not a deed gone by.
 * A regular expression's alternatives.
 */
export const STATE_VERB = [
  'remains?|remaining|stays?|staying|becomes?|becoming',
  'gets?|getting|keeps?|keeping|stands?|standing',
].join('|');
