import { WEEKDAY_CAPITALISED_SOURCE } from './weekdayNames.ts';

// What "Sunday trading" is the law of ("Sunday trading laws", "rules", "hours"), and the verbs that
// regulate it ("relax Sunday trading"): without either, "Sunday trading in Riyadh was light" is the
// trading of a Sunday.
const TRADING_RULE = String.raw`(?:laws?|rules?|hours|act|regulations?|restrictions?|reforms?|ban|legislation)\b`;
const REGULATING = String.raw`(?:extend(?:ed|ing)?|relax(?:ed|ing)?|liberali[sz](?:e|ed|ing)|deregulat(?:e|ed|ing)|restrict(?:ed|ing)?|ban(?:ned|ning)?|reform(?:ed|ing)?|allow(?:ed|ing)?)`;

// Where "a Sunday service" is one held, the worship of a day: after a word of being there or of
// its time ("A gunman opened fire during a Sunday service", "had attended a Saturday service at
// the synagogue"), not a timetable run.
const WORSHIP_BEFORE = String.raw`(?<!\b(?:during|at|after|before|following|attend(?:s|ed|ing)?)\s+[Aa]\s+)`;

/**
 * A weekday that names a kind of timetable or of trading, not a day: "Bus services will run a
 * Sunday timetable on Good Friday", "Trains run a Saturday service on Boxing Day", "to operate to
 * a Sunday schedule", "Supermarkets want Sunday trading laws relaxed", "under Sunday trading
 * rules": the weekday after "a" before "timetable", "service" or "schedule", and "Sunday trading"
 * before a word of its law ("laws", "rules", "hours") not after a preposition of time, or after a
 * verb that regulates it ("plans to relax Sunday trading"). Blanked before chrono reads, so no
 * Sunday is read where the timetable of one is meant. Not "the Sunday service" (the one held on a
 * Sunday, a day), nor "a Sunday service" after a word of being there or of its time ("during a
 * Sunday service at a church", "attended a Saturday service": WORSHIP_BEFORE), nor "a Friday
 * deadline" (a day), nor trading on a Sunday told by its preposition ("Gulf shares rose in Sunday
 * trading") or with neither ("Sunday trading in Riyadh was light"). Global, for masking every one
 * in a text.
 *
 * @example 'Trains will run a Sunday timetable.'.replace(WEEKDAY_OF_A_KIND, '      ')
 */
export const WEEKDAY_OF_A_KIND = new RegExp(
  [
    String.raw`(?<=\b[Aa]\s+)${WORSHIP_BEFORE}(?:${WEEKDAY_CAPITALISED_SOURCE})(?=\s+(?:timetables?|services?|schedules?)\b)`,
    String.raw`(?<!\b(?:in|on|during|at|from|since|until|by|for)\s+)\bSunday(?=\s+trading\s+${TRADING_RULE})`,
    String.raw`(?<=\b${REGULATING}\s+)Sunday(?=\s+trading\b)`,
  ].join('|'),
  'g',
);
