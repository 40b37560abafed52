// "has been set for", "have been scheduled for", "has been listed for the", "has been moved to": a
// present perfect passive of setting a date, its preposition right before the time. The perfect
// tells that the date is fixed now, so the day is the one to come.
const PERFECT_PASSIVE_PLAN_BEFORE =
  /\b(?:has|have)\s+(?:now\s+|also\s+|since\s+)?been\s+(?:(?:provisionally|tentatively|now|also)\s+)?(?:re-?)?(?:set|scheduled|slated|fixed|listed|timetabled|pencill?ed\s+in|moved|put\s+back|pushed\s+back|brought\s+forward)\s+(?:for|to)\s+(?:the\s+)?$/i;

/**
 * Whether the time starting at `start` is the date a present perfect passive has set: "Sentencing
 * has been set for Aug. 12", said on 6 May 2026, is 2026-08-12, and "The retrial has been set for
 * August" 2026-08 (were a year back, "set" read as a past verb). Only "has" or "have been" and a
 * verb of setting a date with "for" or "to" right before the time: a past perfect ("had been set
 * for Aug. 12", a plan that may be gone by) and a simple past ("was set for") are left to the
 * tense of their verbs.
 */
export function perfectPassivePlanFor(text: string, start: number): boolean {
  return PERFECT_PASSIVE_PLAN_BEFORE.test(text.slice(Math.max(0, start - 80), start));
}
