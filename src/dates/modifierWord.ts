/**
 * The words that place a named weekday or month from now: "last Friday", "this past May",
 * "coming Monday" ("past" is read as "last", "coming" as "next"). readChrono reads them before a
 * weekday or a month, and maskForChrono writes them over before "May" for chrono to read it.
 */
export const MODIFIER_WORD = 'last|next|this|past|coming';
