// What is taken or assumed when power changes hands: "takes power", "assumes the presidency".
const TAKEN = String.raw`power|control|charge|command|the\s+(?:helm|reins|oath)|the\s+oath\s+of\s+office`;
const ASSUMED = String.raw`office|power|control|command|the\s+(?:presidency|premiership|chairmanship|helm)`;

/**
 * The present of a handover of power on a date, a schedule's present as "takes office" is, as a
 * regular expression's source for PRESENT_SCHEDULE: "Panama takes control of the canal at noon
 * Friday", "The new government takes power on Monday", "Obasanjo assumes office on Saturday",
 * "Britain hands over the colony at midnight Monday", "Macau reverts to Chinese rule on Monday",
 * "Putin is sworn in on Sunday", "Fox is inaugurated Friday". Said on Thursday 30 December 1999,
 * the Friday is the coming one (1999-12-31), where it was the one gone by. The singular present
 * only, and "is" for the passive: the past ("The army took control of the capital on Monday",
 * "Putin was sworn in on Sunday") and the plural ("Rebels take control") are left to the tense.
 */
export const HANDOVER_PRESENT_SOURCE = [
  String.raw`takes\s+(?:office|over|${TAKEN})`,
  String.raw`assumes\s+(?:${ASSUMED})`,
  String.raw`hands\s+(?:over|back|power)`,
  String.raw`reverts\s+to`,
  String.raw`(?<=\bis\s)(?:sworn\s+in|inaugurated)`,
].join('|');
