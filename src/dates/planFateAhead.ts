// What is to become of a plan, told with a modal: "would not be extended", "could be pushed back",
// "would go ahead", "would stand", "might be called off". Only a plan not yet held has such a fate.
const MODAL =
  "(?:would|could|might|may|will|should|can)(?:\\s+not|n['’]t)?(?:\\s+(?:still|now|also))?";
const FATE = [
  '(?:be\\s+)?(?:extended|postponed|delayed|cancell?ed|called\\s+off|pushed\\s+back|put\\s+off)',
  '(?:be\\s+)?(?:brought\\s+forward|moved|rescheduled|shortened|scrapped|lifted)',
  // "held" as staged, not "held overnight" or "held in custody" (a suspect's); "allowed" as let go
  // ahead, not "not be allowed to derail the talks".
  '(?:be\\s+)?held(?!\\s+(?:overnight|in\\s+custody|on\\s+remand|without|responsible|accountable|up)\\b)',
  '(?:be\\s+)?allowed\\s+to\\s+(?:go\\s+ahead|proceed|take\\s+place)',
  'go\\s+ahead|proceed|stand|take\\s+place|be\\s+met',
].join('|');
// What came of a day gone by, never a plan: "Saturday's result would stand", "Monday's ruling".
const OUTCOME = '(?:results?|scores?|ruling|verdict|win|victory|defeat|draw)';
// The day's "'s", at most three words of what it owns ("Monday's deadline", "Sunday's race") but
// no outcome, the modal and the fate.
const PLAN_FATE_AFTER = new RegExp(
  `^['’]s\\s+(?!(?:[\\w-]+\\s+){0,2}${OUTCOME}\\b)(?:[\\w-]+\\s+){1,3}?${MODAL}\\s+(?:${FATE})\\b`,
  'i',
);

/**
 * Whether the event a day owns is a plan whose fate is told with a modal, and so still to come:
 * "Officials said Monday's deadline would not be extended", "Negotiators said Tuesday's vote would
 * go ahead", "The union said Thursday's deadline could be pushed back", said on a Friday, are the
 * coming days. `after` opens with the day's "'s". Not what came of a day gone by ("Monday's attack
 * would not deter them", "Monday's ruling would be appealed"), nor "would have".
 *
 * @example planFateAhead("'s deadline would not be extended.") // true
 */
export function planFateAhead(after: string): boolean {
  return PLAN_FATE_AFTER.test(after);
}
