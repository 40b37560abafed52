// A delay or a wait measured by the count after it: "delays of up to 90 minutes", "waits of two
// hours", "queues of more than an hour", "delayed by about 40 minutes", "held up by an hour".
const DELAY_NOUN = 'delays?|waits?|waiting times?|queues?|hold-ups?|tailbacks?|diversions?';
const DELAY_PARTICIPLE = 'delayed|held up|pushed back|running late|put back';
const ROUGHLY =
  'up to|as much as|as long as|more than|over|under|less than|about|around|some|nearly|almost|roughly|at least';

/**
 * The words right before a count that measure a delay or a wait: "delays of up to ", "waits of ",
 * "delayed by about ". Tested on the words before "90 minutes after a signal failure", it tells a
 * length (how long the delay was), not a time counted on from the failure.
 *
 * @example DELAY_MEASURE_BEFORE.test('Passengers faced delays of up to ') // true
 */
export const DELAY_MEASURE_BEFORE = new RegExp(
  String.raw`\b(?:(?:${DELAY_NOUN})\s+of|(?:${DELAY_PARTICIPLE})\s+by)\s+(?:(?:${ROUGHLY})\s+)?$`,
  'i',
);
