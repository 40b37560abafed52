/**
 * "retroactive to", "retroactively to", "backdated to" ending the words before a date: "The pay
 * raise is retroactive to Jan. 1", said in September, is the Jan. 1 gone by. A measure reaches
 * back to its date, so the date lies before the measure is told of, whatever the tense ("will be
 * retroactive to July 1", said in September, is this July). "effective Jan. 1" without it still
 * looks ahead.
 *
 * @example RETROACTIVE_TO.test('The raise is retroactive to ') // true
 */
export const RETROACTIVE_TO =
  /\b(?:retroactive(?:ly)?|retrospective(?:ly)?|back-?dated)\s+(?:to|until)\s+(?:the\s+)?$/i;
