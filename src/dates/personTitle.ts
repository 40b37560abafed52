/**
 * The honorifics among the titles, which stand before a surname only: "Mr", "Mrs", "Ms", "Miss",
 * "Dr". A month after one is a name ("Mr. March", "Mrs. May", isMonthAfterHonorific); the offices
 * ("Judge", "Chief", "Captain") are left out of it, so "Judge March" keeps its month.
 */
export const HONORIFIC_SOURCE = 'Mr|Mrs|Ms|Miss|Dr';

// The titles a person's name follows in news of the police and the courts, of faith and of public
// life: "Judge", "Mr Justice", "Detective Inspector", "PC", "Sgt.", "Police Chief", "Dr", "Mrs",
// "Rabbi", "Father", "the Rev", "Sir". Written capitalised, as a title is.
export const PERSON_TITLE_SOURCE = [
  'Judge|Justice|Magistrate|Coroner|Recorder|Officer|Constable|Sergeant|Detective|Inspector',
  'Superintendent|Chief|Commander|Commissioner|Deputy|Sheriff|Trooper|Lieutenant|Captain',
  `Corporal|Agent|Marshal|Warden|Prosecutor|${HONORIFIC_SOURCE}|Mx`,
  'PC|DC|DS|DI|DCI|DSI|Sgt|Det|Insp|Supt|Cmdr|Lt|Capt|Cpl',
  'Rabbi|Father|Reverend|Rev|Bishop|Archbishop|Cardinal|Imam|Pastor|Vicar|Canon|Sir|Dame',
].join('|');

const TITLE_BEFORE = new RegExp(String.raw`\b(?:${PERSON_TITLE_SOURCE})\.?\s+$`);

/**
 * Whether the word at `start` comes right after a person's title, and so begins a name: "Rabbi
 * Pesach Wolicki said", "Father Christmas visits the ward", "Mr Christmas, the headteacher". A
 * holiday's name there names no day.
 *
 * @example isAfterPersonTitle('Rabbi Pesach Wolicki said', 6) // true
 */
export function isAfterPersonTitle(text: string, start: number): boolean {
  return TITLE_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}
