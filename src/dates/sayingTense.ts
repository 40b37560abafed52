import { DETERMINER } from './determiner.ts';
import { IRREGULAR_PAST } from './irregularPast.ts';
import { REGULAR_PAST } from './regularPast.ts';
import { QUOTE_MARK, REPORTING, REPORTING_REACH } from './reportingVerbs.ts';
import type { Stretch } from './stretch.ts';
import type { WordTags } from './wordTags.ts';

// The start of a reported clause right after a date: "… on Monday that …", "… on Friday she will
// …".
const REPORTED_CLAUSE_OPENS = /^\s*,?\s*(?:that|it|he|she|they|we|I)\b/;
// The same start between the verb and the date: the date is then already in the reported clause.
const OPENS_REPORT = /\b(?:that|whether|if)\b/i;
// An article or a possessive right before a word, which makes a gerund after it a noun.
const ARTICLE_BEFORE = new RegExp(`\\b${DETERMINER}\\s+$`, 'i');

// Reporting verbs whose next word is the one spoken to ("told reporters", "asked officials").
const HEARER_VERB = /^(?:told|asked)$/i;

/**
 * "The union said in a letter on Monday that members would strike": a date standing between a
 * reporting verb and the clause it reports dates the saying, whatever that clause's own tense. Only
 * the setting of the saying may come between verb and date ("in a letter", "told a news
 * conference"); a verb there ("said members would strike on Monday") puts the date in the reported
 * clause, and a quotation mark outside it.
 */
function datesTheSaying(before: Stretch, after: string, tags: () => WordTags): boolean {
  if (!REPORTED_CLAUSE_OPENS.test(after)) return false;
  const verb = [...before.words.matchAll(REPORTING)].at(-1);
  if (!verb) return false;
  const from = verb.index + verb[0].length;
  const between = before.words.slice(from);
  // "said that on Friday he would …": the date is already in the reported clause.
  if (QUOTE_MARK.test(between) || between.length > REPORTING_REACH || OPENS_REPORT.test(between))
    return false;
  const offset = before.at + from;
  // "told regulators late Saturday that …": the word right after "told" or "asked" is the one
  // told, a noun the tagger may take for a verb in -s.
  const hearer = HEARER_VERB.test(verb[0]) ? offset + (/^\s+/.exec(between)?.[0].length ?? 0) : -1;
  // A gerund after an article is a noun: "at a briefing", "after the meeting".
  const isVerb = (at: number, tagged: ReadonlySet<string>) =>
    at !== hearer &&
    tagged.has('Verb') &&
    !(tagged.has('Gerund') && ARTICLE_BEFORE.test(before.words.slice(0, at - before.at)));
  return ![...tags()].some(
    ([at, tagged]) => at >= offset && at < offset + between.length && isVerb(at, tagged),
  );
}

// "The company will warn investors early Friday that profits fell", "She will tell the court on
// Monday whether she signed": a date between a verb with "will" (its object between, three words
// at most) and the clause it reports or asks about is the day of that verb, still ahead; the
// clause's own past ("fell", "signed") tells only what will be said. The mirror of
// datesTheSaying, whose saying is past. Not "warned investors early Friday that profits will
// fall", nor a clause joined before the date ("will tell reporters who gathered on Friday that").
const WILL_SAY_CLAUSE_ENDS = '(?:who|which|that|and|but|or|after|when|because|as|while)';
const WILL_SAY_BEFORE = new RegExp(
  String.raw`\b(?:will|shall|'ll|’ll|(?:is|are|am)\s+going\s+to)` +
    String.raw`\s+(?:not\s+)?(?:\w+ly\s+)?[a-z]+` +
    String.raw`(?:\s+(?!${WILL_SAY_CLAUSE_ENDS}\b)[\w'’-]+){0,3}\s+(?:on\s+)?$`,
  'i',
);
const THAT_CLAUSE_AFTER = /^\s*,?\s*(?:that|whether)\b/i;
// Nor a past participle among the object's words right before the date ("will respond to claims
// made Friday that she lied", "will review the statement issued Friday that the plant would
// close"): the date is that deed's, done, and the clause is the claim's.
const PARTICIPLE_OBJECT_BEFORE = new RegExp(
  `(?<!\\b(?:will|shall|'ll|’ll|to|not)\\s+)\\b(?:${IRREGULAR_PAST}|${REGULAR_PAST})\\s+(?:on\\s+)?$`,
  'i',
);

/**
 * The tense of a saying that the date at the end of `before` dates, standing between a verb of
 * saying and the clause that verb reports: 'past' when the saying is past ("The union said in a
 * letter on Monday that members would strike", datesTheSaying), 'future' when it is a verb with
 * "will" ("The company will warn investors early Friday that profits fell"), whatever the tense
 * of the reported clause; undefined when the date is not the saying's.
 */
export function sayingTense(
  before: Stretch,
  after: string,
  tags: () => WordTags,
): 'past' | 'future' | undefined {
  if (datesTheSaying(before, after, tags)) return 'past';
  if (
    WILL_SAY_BEFORE.test(before.words) &&
    !PARTICIPLE_OBJECT_BEFORE.test(before.words) &&
    THAT_CLAUSE_AFTER.test(after)
  )
    return 'future';
  return undefined;
}
