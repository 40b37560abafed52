/**
 * A decimal with three places or more, as an exchange rate is quoted: "The dollar rose to 1.5140
 * marks Thursday from 1.5085 marks late Wednesday". No clock has three places after its stop, but
 * chrono read "Thursday from 1" as an hour of the Thursday to come (`1996-10-03T01:00`); the figure
 * is blanked, so "Thursday" keeps the day gone by.
 *
 * Only three places or more; "from 6.30 on Monday", two places, is left to the rules of dotted
 * clocks, and a date written with stops ("on 12.03.2026", "10.14.1998", "1.5.2026") is no decimal:
 * its year after a stop is not blanked.
 *
 * @example 'from 1.5085 marks'.replace(LONG_DECIMAL, (w) => ' '.repeat(w.length)) // 'from        marks'
 */
export const LONG_DECIMAL = /(?<![\d.])\d+\.\d{3,}\b(?!\.\d)/g;
