/**
 * "The woman was last seen on April 5", "He was born on Oct. 2", "The car was stolen April 5": a
 * past passive whose participle is irregular, right before a day and month, tells a deed done that
 * day, gone by as after "was killed on" (whose "-ed" the past verbs already catch). The participle
 * may be "last" or "first" seen or heard from, or have an adverb before it. Not "will be seen on",
 * "was to be sworn in on" (a "be" between), nor a plan's "was set for". "Given" and "shown" take
 * a second object, which a bare day can be ("was given Feb. 28 as its deadline", "were given Feb.
 * 19 off"): after them only "on" tells the day of the deed ("was given on Feb. 28").
 */
const PARTICIPLES =
  'seen|born|stolen|taken|beaten|bitten|hidden|driven|written|chosen|forgotten|broken|thrown|eaten|fallen|shot|struck|found|caught|sworn\\s+in|heard\\s+from|spoken\\s+to';

export const PAST_PASSIVE_DAY_BEFORE = new RegExp(
  `\\b(?:was|were)\\s+(?:(?:last|first|\\w+ly)\\s+)?(?:(?:${PARTICIPLES})\\s+(?:alive\\s+)?(?:on\\s+)?|(?:given|shown)\\s+on\\s+)$`,
  'i',
);
