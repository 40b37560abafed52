/**
 * A word or text that opens with a capital letter ("August", "Christmas Day", "Ford"): a name, a
 * month or a feast as written, where a lower-case word ("august", "spring", "may") is a common
 * word. Used with `test` only, so one shared expression holds no state.
 */
export const CAPITALISED = /^[A-Z]/;
