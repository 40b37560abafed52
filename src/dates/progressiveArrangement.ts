/**
 * A present progressive of an arrangement, its verb right after "is", "are" or "am" (an adverb or
 * "also", "now", "still" between): "The prime minister is meeting the president on Monday",
 * "Lawmakers are voting on the package on Friday", "The chancellor is travelling to Washington in
 * October". News tells a thing fixed for a day to come this way, as it does with the simple
 * present of "meets" or "opens". A regular expression's source, matching the verb alone (the
 * "is" a lookbehind), to stand among the present verbs of scheduling.
 *
 * Only verbs of a meeting, a trip, a vote, a show or a hand-over: "Police are investigating a
 * shooting on Monday", "The town is mourning the victims of Saturday's crash" and "Prices are
 * rising in March" tell of what goes on now about a time gone by or at large, and stay as they
 * were, and so do a verb with a word of state after it ("The party is holding steady after a
 * defeat in July"), or an "after" or "since" between it and the date ("The reforms are meeting
 * resistance after the vote on Monday"). "was" and "were" before the verb tell a past.
 *
 * @example new RegExp(PROGRESSIVE_ARRANGEMENT, 'i').test('is meeting') // true
 */
const ARRANGED = [
  'meeting|visiting|travell?ing|flying|heading|leaving|departing|arriving|returning|touring',
  'hosting|holding|staging|convening|attending|addressing|speaking|testifying|appearing',
  'voting|debating|signing|unveiling|presenting|delivering|launching|opening|reopening',
  'publishing|releasing|marching|rallying|striking|performing|playing|celebrating',
  'stepping\\s+down|taking\\s+office|taking\\s+over|sitting',
].join('|');

// "after", "following" or "since" between the verb and the date: the date is a thing gone by the
// present goes on from ("are meeting stiff resistance after the vote on Monday", "are returning to
// normal life after the storm in August"), not the arrangement's day.
export const SINCE_BETWEEN = String.raw`(?![^.;!?]*\b(?:after|following|since)\b)`;

// A word of state after the verb: "is holding steady", "is leaving behind a defeat in July", "is
// playing down the row" tell of now, not of a thing fixed ahead.
const STATE_AFTER = 'steady|firm|out|up|back|still|behind|down|tight|together|fast';

export const PROGRESSIVE_ARRANGEMENT = String.raw`(?<=\b(?:is|are|am)\s+(?:(?:also|now|still|not|\w+ly)\s+)?)(?:${ARRANGED})(?!\s+(?:${STATE_AFTER})\b)${SINCE_BETWEEN}`;
