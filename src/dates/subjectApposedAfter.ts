/**
 * The subject of a main clause and an apposition after it, right after a fronted date, with or
 * without the comma that closes the date's phrase: " Ford, the No. 2 auto maker," in "Through June
 * Ford, the No. 2 auto maker, sold 1.2 million cars", ", General Motors, the largest, " in "Through
 * June, General Motors, the largest, sold …". The main clause's verb comes after it. A subject of
 * one to three capitalised words; an apposition opened by "the", "a" or "an", with no comma of its
 * own, of at most 60 characters.
 *
 * @example SUBJECT_APPOSED_AFTER.exec(' Ford, the No. 2 auto maker, sold cars')![0] // ' Ford, the No. 2 auto maker,'
 */
export const SUBJECT_APPOSED_AFTER =
  /^(?:\s*,)?\s+(?:[A-Z][\w.&'’-]*\s+){0,2}[A-Z][\w.&'’-]*\s*,\s+(?:the|an?)\s+[^,;:]{1,60}?,/;
