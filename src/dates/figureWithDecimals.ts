/**
 * A figure grouped in thousands with decimals after it: "The index closed at 7,020.13 on Wednesday",
 * "The Dow fell 1,234.56 points Monday". No word boundary stands between the thousands comma and the
 * digits after it, so chrono started a clock at "020.13" inside the figure and read
 * `1997-02-19T20:13` for "Wednesday"; the whole figure is an index, a price or a count, never a
 * clock, and is blanked so the weekday keeps its day.
 *
 * Only a figure with at least one thousands group and a stop with digits after it; a decimal written
 * apart ("at 20.13 on Wednesday", the British clock) and a whole figure without decimals ("7,020")
 * are left to the other rules.
 *
 * @example 'closed at 7,020.13 on Wednesday'.replace(FIGURE_WITH_DECIMALS, (w) => ' '.repeat(w.length))
 */
export const FIGURE_WITH_DECIMALS = /\b\d{1,3}(?:,\d{3})+\.\d+/g;
