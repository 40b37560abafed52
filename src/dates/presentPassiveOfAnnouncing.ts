// The verbs by which a list, a winner or a figure is made known.
const ANNOUNCING =
  'announced|named|revealed|unveiled|published|released|awarded|presented|crowned|declared';

/**
 * A present passive of announcing right before a date, a schedule's present as "The ceremony is
 * held on Sunday" is: "Nominations are announced Tuesday", "The winners are named Thursday at a
 * ceremony in London", "Results are published Wednesday", said on a Friday, are the coming days
 * (a bare "announced Tuesday" dated the saying, gone by). Only "is" or "are" (an "-ly" adverb
 * between): "were announced Tuesday", "has been announced", a headline's "Nominations announced
 * Tuesday" keep the day gone by.
 */
export const PRESENT_PASSIVE_OF_ANNOUNCING = String.raw`(?:is|are)\s+(?:\w+ly\s+)?(?:${ANNOUNCING})(?=\s+on\s*$|\s*$)`;
