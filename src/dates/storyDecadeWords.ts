import { pastYearNamedBefore } from './pastYearNamedBefore.ts';

/**
 * "the decade" after a share of it ("most of the decade", "much of the decade", "all of the
 * decade", "part of the decade", "some of the decade"), a preposition of its span ("during",
 * "throughout", "before … was out") or a form of "spend" ("spent the decade"): in a life or a
 * firm's story told in the past it is the decade of the year named before it, which `storyDecade`
 * gives ("Born in 1938, she spent most of the decade in Canada", said in 2026, is `193X`; "He
 * joined the band in 1971 and left before the decade was out" `197X`). The rule that uses it reads
 * nothing where `storyDecade` finds no such year. Not "the decade" counted from another time ("the
 * decade after", "the decade before", "the decade to 1990", "the decade that followed"; "before"
 * or "after" a verb's -ing form is no such count: "much of the decade before levelling off"), nor
 * its possessive ("the decade's summers"); "the decade of disco", "the decade since" and
 * "decade-long" are left to the rules that read them.
 */
export const STORY_DECADE_WORDS =
  /(?<=\b(?:(?:most|much|all|part|some|the\s+bulk)\s+of|during|throughout|before|spent|spend|spends|spending)\s+)the\s+decade\b(?!['’]|\s+(?:(?:before|after)(?!\s+[a-z]+ing\b)|to|ago|that|which|when)\b)/gi;

/**
 * Whether the year a story names before "the decade" (at `start` of `text`) is the last of its
 * decade: "Elected in 2009, he spent the decade fighting cuts", "The band formed in 1969 and
 * toured throughout the decade" tell the decade that follows it, which the story does not name;
 * the rule that reads STORY_DECADE_WORDS leaves them.
 */
export function storyYearEndsDecade(text: string, start: number, published: string): boolean {
  const year = pastYearNamedBefore(text.slice(Math.max(0, start - 300), start), published);
  return year !== undefined && year % 10 === 9;
}
