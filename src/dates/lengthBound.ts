/**
 * The words that bound or round a count of time between a word of lasting and the count ("for up
 * to a week", "serve a minimum of 22 years", "waited at least two hours", "held for around 72
 * hours"), a regular expression's source, optional, each word followed by a space: the count after
 * them is still how long something went on, a length, not a day counted from the event after
 * "before" or "after". "He had been dead for up to a week before his body was discovered" is
 * `P1W`, "He must serve a minimum of 22 years before he is eligible for parole" `P22Y`.
 *
 * It leaves words that name a share or a part of the count ("half", "two-thirds of"), which tell
 * no length of their own.
 *
 * @example new RegExp(`\\bfor ${LENGTH_BOUND}$`).test('for up to ') // true
 */
export const LENGTH_BOUND = [
  '(?:just |only |about |some |roughly |nearly |almost |barely |less than |more than |over |under ',
  '|up to |at least |at most |a minimum of |a maximum of |no more than |no less than |around ',
  '|approximately |close to |well over )?',
].join('');
