// A day told by the part of it that runs on towards midnight: "on Sunday night", "Saturday
// evening", "last night", "tonight", "tonight's".
const NIGHT_WORDS = /\b(?:night|evening|tonight(?:['’]s)?)$/i;
// A clock told in the morning: "a.m." written ("At 6 a.m.", "at 7am") or "in the morning" ("until
// four in the morning"), read before noon.
const MORNING_WORDS = /\ba\.?m\b|\bin\s+the\s+morning$/i;
const MORNING_CLOCK = /^T(?:0\d|1[01]):/;
// "tonight", told as the night ahead: only a morning the words reach forward to is the one after
// it ("tonight's watch stays in effect until four in the morning", "tonight's storm is expected to
// reach Santa Barbara at about four in the morning"), not a broadcast's "Tonight: the bus crash
// that killed nine people at 6 a.m.", the morning gone by.
const TONIGHT = /\btonight(?:['’]s)?$/i;
const AHEAD =
  /\b(?:until|till|through|by|will|['’]ll|could|may|might|should|would|expected|due|set\s+to|going\s+to)\b/i;

/**
 * Whether a clock told after a day's night or evening ("The storm reached the coast on Sunday
 * night. ⏎⏎ At 6 a.m., rescuers began searching") is on the morning after it, the next day: a
 * night goes on past midnight, and the morning the story comes to is the one that ends it. Only
 * a clock written with "a.m." (a bare "at 6" may be chrono's guess), and only after a night or an
 * evening ("on Sunday morning … at 9 a.m." is that Sunday); after "tonight", only where the words
 * between (`between`) or the clock's own reach forward ("until four in the morning").
 *
 * @example morningAfterNight('on Sunday night', 'At 6 a.m.', 'T06:00') // true
 */
export function morningAfterNight(
  dayWords: string,
  clockWords: string,
  clock: string,
  between = '',
): boolean {
  return (
    NIGHT_WORDS.test(dayWords) &&
    MORNING_WORDS.test(clockWords) &&
    MORNING_CLOCK.test(clock) &&
    (!TONIGHT.test(dayWords) || AHEAD.test(`${between} ${clockWords}`))
  );
}
