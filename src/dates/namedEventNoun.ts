/**
 * The nouns after a holiday or a weekday that make it the name of a past accord or event, not a
 * day: "the Good Friday Agreement" (often "agreement" in British copy), "the Easter Rising", "the
 * Christmas Truce", "the Tet Offensive". A regular expression's alternatives, case as written.
 */
export const NAMED_EVENT_NOUN = '[Aa]greement|[Aa]ccords?|Rising|Uprising|Offensive|Massacre|Truce';

/**
 * NAMED_EVENT_NOUN written with a capital only ("Agreement", "Accord"): after any word but "Good"
 * a lower-case "agreement" or "accord" is the thing agreed, and the weekday before it a day ("By
 * Friday agreement had been reached").
 */
export const NAMED_EVENT_NOUN_CAPITALISED =
  'Agreement|Accords?|Rising|Uprising|Offensive|Massacre|Truce';
