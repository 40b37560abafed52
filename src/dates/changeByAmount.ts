/**
 * "by" before the amount a thing changed by, no time: "Prices had risen by 5% by the end of the
 * year", "Home sales had fallen by a third", "Unemployment had climbed by half a point", "The index
 * had dropped by 200 points", "Exports had grown by $2bn". A regular expression's source, to follow
 * "by" in a rule that would take another "by" in the clause for a time's ("had risen by 5% by the
 * end of the year", said on 22 January 2026, is the year gone by, 2025, in endOfPeriodGoneBy).
 *
 * Only an amount that cannot be a time: a figure with a sign of money before it (and perhaps bn,
 * m, billion, million or trillion after it) or a unit after it (%, per cent, percent, points,
 * percentage points, cents, pence, p, bn, billion, million, trillion), a share ("a third",
 * "two-thirds", "half", "a quarter", "a fifth", "a tenth") or "half a point", "a point". Not a
 * bare figure ("by 2019", "by 10" may be a year or a clock), a share before "to" or
 * "past" ("by a quarter to six" is a clock), nor a weekday or a month.
 *
 * @example new RegExp(String.raw`by\s+${CHANGE_BY_AMOUNT}`, 'i').test('by 5%') // true
 */
export const CHANGE_BY_AMOUNT = String.raw`(?:[$£€]\s?\d[\d.,]*(?:\s*(?:bn|m|billion|million|trillion)\b)?|\d[\d.,]*\s*(?:%|(?:per\s*cent|percent|(?:percentage\s+)?points?|cents?|pence|p|bn|billion|million|trillion)\b)|(?:a|one|two|three)[\s-]+(?:thirds?|quarters?|fifths?|tenths?)\b(?!\s+(?:to|past)\b)|half(?:\s+a\s+(?:percentage\s+)?(?:point|cent|penny))?\b|a\s+(?:percentage\s+)?point\b)`;
