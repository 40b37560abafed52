/**
 * A whole figure grouped in thousands after "from": "The death toll rose to 4,000 on Wednesday from
 * 2,000 the previous day", "Prices climbed Friday from 1,200 yen". chrono read "Wednesday from 2"
 * as a clock of that day (`1999-08-18T02:00`), the "2" before the thousands comma taken for an
 * hour; a figure grouped in thousands is a count, a price or a level, never a clock, and is blanked
 * so the weekday keeps its day.
 *
 * Only after "from", where chrono starts a stretch of clocks; a figure with decimals is
 * `FIGURE_WITH_DECIMALS`'s, and a count before a unit of time ("2,000 years ago") is not after
 * "from" and is still read.
 *
 * @example 'Wednesday from 2,000 the'.replace(THOUSANDS_AFTER_FROM, (w) => ' '.repeat(w.length))
 */
export const THOUSANDS_AFTER_FROM = /(?<=\b[Ff]rom\s+)\d{1,3}(?:,\d{3})+(?![\d.,]\d)/g;
