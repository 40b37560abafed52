/**
 * Nouns of a happening a story looks back on, a crash, a fire, a death: a day right after one
 * ("the crash on 3 January") is the happening's, not that of the verb before it.
 */
export const PAST_HAPPENING_NOUN_SOURCE = [
  'crash(?:es)?|collisions?|accidents?|derailments?|shootings?|bombings?|attacks?|fires?|blazes?',
  'explosions?|blasts?|spills?|leaks?|quakes?|earthquakes?|floods?|storms?|collapses?|disasters?',
  'incidents?|deaths?|killings?|murders?|riots?|violence|chaos|disorder|clashes|failures?',
].join('|');
