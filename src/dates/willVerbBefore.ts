import { REGULAR_PAST } from './regularPast.ts';

// "Drivers will strike on 14 December", "The union will hold a ballot on 3 June", "Staff will walk
// out from 12 January", "The vote will be on 14 December": "will" or "shall", a verb and at most
// three words of its own, then "on" or "from" right before a day and month. No clause opened
// between, no "be" but right before "on", no "for", "of" or "by": "will be compensated for losses
// on", "will be retroactive to" are left as read. Said on 10 March 2026 the day is next
// December's, not the one three months gone by that the future's three-month window kept
// (readChrono's `verbBefore`, read as a schedule's present is, so a stretch begun days ago keeps
// its year: "Trading will halt from 9 to 12 June", said on 10 June). The last word before the day
// is not a participle after the verb's object: "will refund passengers delayed on 14 December",
// "will publish complaints recorded from 1 January" date the delay and the records, gone by; nor
// "the", whose day names a thing ("will answer questions on the 14 December derailment").
const CLAUSE_WORD =
  '(?:that|which|who|when|where|while|after|before|since|because|if|and|but|or|said|says|was|were|had|has|have|is|are|be|for|of|by|with|about|over|against|until|till)';
const PARTICIPLE = `(?:${REGULAR_PAST}|bought|sold|made|taken|held|lost|paid|sent|seen|given|won|hit|shot)`;
export const WILL_VERB_BEFORE = new RegExp(
  String.raw`\b(?:will|shall)(?:\s+(?:also|now|again|then|only|still|once\s+again))?\s+(?!not\b|have\b|be\s+(?!on\b|from\b)\w)[a-z]+(?:(?:\s+(?!${CLAUSE_WORD}\b)[a-z]+){0,2}\s+(?!${CLAUSE_WORD}\b|${PARTICIPLE}\b|on\b|from\b|the\b)[a-z]+)?(?:\s+(?:on|from))?\s+$`,
  'i',
);
