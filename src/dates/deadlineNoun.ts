import { DETERMINER } from './determiner.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { MODALS } from './modals.ts';
import { REGULAR_PAST } from './regularPast.ts';

// The words that name a deadline after its date ("Friday's deadline", "the Tuesday cutoff").
export const DEADLINE_NOUN = "(?:'s|’s)?\\s*(?:deadline|ultimatum|cutoff)";
// A deadline met, missed or gone by is behind us: "Russia missed Friday's deadline", "shares
// tendered before the Tuesday deadline passed". Only these verbs: a deadline merely mentioned in a
// past sentence ("Talks came two days before a Friday deadline") still lies ahead. The wires put
// the deadline's owner between ("ignored the government's 2 p.m. Thursday deadline", "defied
// NATO's Tuesday deadline") and run past it ("blew past the Friday midnight deadline"). "beat" is
// also its own present: after a modal, or after "to" with a try still under way right before it,
// with an owner or without, and "still" or an adverb in -ly between or not, it is a deadline still
// to be beaten ("Negotiators hope to beat the Friday deadline", "Lawyers said they would beat the
// Thursday deadline", "could still beat", "is racing to beat", "has vowed to beat"). A deed done to
// beat it is told in the past ("Lawmakers worked through the night to beat the Friday deadline",
// "In a scramble to beat the Friday deadline, lawmakers passed the bill"), so the other words
// before "to" read the deadline ahead only with its owner, as they always did ("to beat the
// union's Friday deadline"), and not after a past ("Negotiators failed to beat the union's Friday
// deadline", "had hoped to beat") other than one after "is" or "has".
const DEADLINE_OWNER = String.raw`(?:[\w.-]+\s+)?[\w.-]+['’]s\s+`;
// The past may have how or how long it was done between it and "to" ("worked through the night
// to beat", "worked around the clock to", "stayed up late to"): a word of time or manner, then up
// to three more words, none a new subject, a joining word or a present of trying ("said the union
// hopes to beat" is a try still under way). "up" only as staying up ("stayed up late"): "stepped up
// efforts to beat", "stepped up talks Tuesday to beat" name a try still under way. "in" only as
// sitting in session ("remained in session past midnight to beat"): an opener of manner too open
// otherwise.
// A verb of trying or hoping, in its bare or third-person form ("hope", "expects", "tries").
const TRY_VERB = '(?:hope|expect|plan|want|intend|aim|vow|seek|need|promise|pledge|try|trie)s?';
const HOW_DONE = String.raw`(?:(?:in\s+session|through|throughout|around|into|over|up(?=\s+(?:late|all|until|till)\b)|all|late|hard|overtime|\w+ly)(?:\s+(?!(?:he|she|it|they|we|i|you|who|that|which|and|but|or|${MODALS}|${TRY_VERB})\b)[\w'’-]+){0,3}\s+)?`;
const TRIED_BEFORE_TO = String.raw`(?<!\b(?:is|are|am|be|been|being|was|were|has|have)\s+)\b(?:${REGULAR_PAST}|${IRREGULAR_PAST})\s+${HOW_DONE}to\s+`;
// A try under way: a present of hoping or planning, a present participle not told in the past,
// or a participle after "is" or "has" ("hope to", "expects to", "would try to", "is racing to",
// "are expected to", "has vowed to"), not "were racing to".
const TRYING_NOW = String.raw`(?:${TRY_VERB}|(?<!\b(?:was|were)\s+)\w+ing|(?:is|are|am|has|have)\s+\w+ed)`;
// A modal or a try under way before "beat" ("would beat", "hope to beat"), …
const TRY_LEAD = String.raw`(?:${MODALS}|${TRYING_NOW}\s+to)`;
// … or a bare verb after it and how it is to be done ("hope to stay in session long enough to beat").
const TRY_THEN_HOW = String.raw`${TRY_LEAD}\s+[a-z]+\s+${HOW_DONE}(?:long\s+)?(?:enough\s+)?to\s+`;
const BEAT_AHEAD = String.raw`(?<=\b${TRY_LEAD}\s+(?:still\s+|\w+ly\s+)?|\b${TRY_THEN_HOW})beat\s+(?:${DETERMINER}\s+)?(?:${DEADLINE_OWNER})?$`;
const BEAT_OWNED_AHEAD = String.raw`(?<=\bto\s+)(?<!${TRIED_BEFORE_TO})beat\s+(?:${DETERMINER}\s+)?${DEADLINE_OWNER}$`;
export const DEADLINE_GONE_BEFORE = new RegExp(
  `\\b(?!${BEAT_AHEAD}|${BEAT_OWNED_AHEAD})` +
    `(?:missed|met|beat|blew(?:\\s+past)?|sailed\\s+past|ignored|defied|flouted)\\s+` +
    `(?:${DETERMINER}\\s+)?(?:${DEADLINE_OWNER})?$`,
  'i',
);
const GONE_BY = String.raw`passed|expired|lapsed|came\s+and\s+went|went\s+by`;
// "was missed", "were not met": the passive of a verb that tells a deadline gone by.
const GONE_PASSIVE = String.raw`(?:was|were|had\s+been)\s+(?:\w+ly\s+|not\s+)?(?:missed|met|ignored|defied)`;
// "The May deadline passed", "The May deadline was missed by most councils": a deadline whose own
// verb, right after it, tells it gone by.
export const DEADLINE_GONE_AFTER = new RegExp(
  String.raw`^${DEADLINE_NOUN}\s+(?:(?:had|has)\s+)?(?:${GONE_BY}|${GONE_PASSIVE})\b`,
  'i',
);
// A deadline that opens a sentence or clause: an article or a possessive and up to two words
// before the noun ("the deadline", "the bidding deadline", "Iran's ultimatum"). A regular
// expression's source.
// An article or a possessive ("the", "Iran's") and up to two words before the deadline noun.
const DEADLINE_LEAD = String.raw`(?:${DETERMINER}\s+|[A-Z][\w.-]*['’]s\s+)`;
const DEADLINE_WORDS = String.raw`(?:[\w'’-]+\s+){0,2}?(?:deadline|ultimatum|cutoff)s?`;
const DEADLINE_OPENING = String.raw`^\s*${DEADLINE_LEAD}${DEADLINE_WORDS}`;
// "The deadline, Saturday, was set last week": a day set off by commas right after a deadline
// noun that opens the sentence is the deadline's own, which lies ahead whatever verb the sentence
// has after it ("set", "announced"); only a deadline said to have gone by is past ("The deadline,
// Saturday, passed quietly", "The ultimatum, Friday, was ignored"). Only the subject that opens
// the sentence: in "Officials missed the deadline, Saturday, by hours" the verb before it tells of
// the deadline.
export const DEADLINE_APPOSED_BEFORE = new RegExp(`${DEADLINE_OPENING}\\s*,\\s*$`, 'i');
// "Officials missed the deadline, Saturday, by hours", "Iran ignored the ultimatum, Friday,":
// after a verb that tells a deadline gone by (DEADLINE_GONE_BEFORE), the day set off by commas
// is that deadline's, gone by with it; the noun's "deadline" looks ahead only where nothing says
// so ("Talks resumed before the deadline, Saturday," keeps the coming Saturday). "Beat" is
// present and bare form as well as past, so not after "to", a modal or a relative pronoun
// ("racing to beat the deadline, Friday,", "Companies that beat the deadline, Friday, will get a
// discount" look ahead).
const BEAT_NOT_AFTER =
  String.raw`(?<!\b(?:to|that|who|which|${MODALS}|do|does|did)` + String.raw`\s+(?:\w+ly\s+)?)`;
export const DEADLINE_GONE_APPOSED_BEFORE = new RegExp(
  String.raw`\b(?:missed|met|${BEAT_NOT_AFTER}beat|blew|ignored|defied|flouted)\s+` +
    String.raw`${DEADLINE_LEAD}?${DEADLINE_WORDS}\s*,\s*$`,
  'i',
);
export const DEADLINE_APPOSED_GONE_AFTER = new RegExp(
  String.raw`^\s*,\s*(?:(?:had|has)\s+)?(?:\w+ly\s+)?(?:${GONE_BY}|${GONE_PASSIVE})\b`,
  'i',
);

// The subject of a main clause that is a deadline ("the deadline was extended").
export const DEADLINE_SUBJECT = new RegExp(`${DEADLINE_OPENING}\\b`, 'i');
