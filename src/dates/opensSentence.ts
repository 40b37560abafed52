/**
 * The words before a date that opens its sentence, or the part after a lead's colon ("On Sunday
 * …", "Next week in Nagano: on Monday …"), with nothing but "on" before it; tested on the
 * sentence's words before the date.
 */
export const OPENS_SENTENCE = /(?:^|:)\s*(?:on\s+)?$/i;
