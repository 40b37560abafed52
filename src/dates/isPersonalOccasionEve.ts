// A person's or a couple's own day after an owner: "her 100th birthday", "their golden wedding
// anniversary", "his retirement", "Smith's 90th birthday".
const PERSONAL_OCCASION = new RegExp(
  String.raw`^the\s+eve\s+of\s+(?:his|her|their|my|our|your|[A-Z]\w*['’]s)\s+(?:[\w-]+\s+){0,2}(?:birthday|anniversary|wedding|retirement|death|funeral)\b`,
  'i',
);

/**
 * Whether the text from "the eve of …" on names the eve of a person's own day, whose date the text does
 * not give: "She died on the eve of her 100th birthday" names no day the reader can place, where
 * "on the eve of the summit" is the day before the summit last dated. Only after an owner ("her",
 * "their", "Smith's"); "the eve of the 80th anniversary of D-Day" is still read.
 *
 * @example isPersonalOccasionEve('the eve of her 100th birthday, she said') // true
 */
export function isPersonalOccasionEve(fromEve: string): boolean {
  return PERSONAL_OCCASION.test(fromEve);
}
