import nlp from 'compromise';
import { PLAN_AFTER_WAS } from '../dates/tenseAround.ts';

/**
 * Why a date in a sentence names something other than when the sentence's happening took place:
 * - `comparison`: the reference of a comparison ("the tightest since 9/11", "for the first time
 *   since 2019"): the record is set now, measured against then;
 * - `later-happening`: a later happening the event came before ("met ahead of Friday's vote",
 *   "before Thursday's deadline", "in the run-up to the March 16 election").
 */
export type ReferenceDate = 'comparison' | 'later-happening';

/** The words of a clause, back to the last comma, semicolon or dash before them. */
const lastClause = (text: string) => text.split(/[,;:]\s|\s[–—-]\s/).at(-1) ?? text;
/** And forward to the next one. */
const firstClause = (text: string) => text.split(/[,;:.]\s|[.]$|\s[–—-]\s/)[0] ?? text;

/**
 * A date right after "since" ("since 1953", "since the 2001 attacks"); not "since" opening a
 * clause with a verb of its own ("since Biden met Putin in Geneva in June 2021"), whose date
 * dates what that clause tells.
 */
const SINCE = /\bsince\s+(?:the\s+)?$/i;
/** Words that make what comes before "since" a comparison, beside compromise's superlatives. */
const RECORD = /\b(?:first|most|fewest|record)\b|(?<!\bat\s)\bleast\b/gi;
/**
 * A perfect ("has been", "have stayed", "had risen"): after the last record word, it tells a
 * stretch that began on the date ("The largest union has been on strike since March 3"), the
 * record word belonging to its subject, not to a comparison ("the tightest since 9/11").
 */
const PERFECT = /\b(?:has|have|had)\b|['’](?:s|ve|d)\s+(?:been|[a-z]+ed)\b/i;

/** Where the last record word or superlative of `compared` ends, or -1 where it has none. */
function lastRecordWord(compared: string): number {
  const ends = [...compared.matchAll(RECORD)].map((m) => m.index + m[0].length);
  const superlatives = nlp(compared).match('#Superlative').out('array') as string[];
  for (const word of superlatives.map((w) => w.replace(/[^\p{L}]/gu, ''))) {
    if (word === '' || /^latest$/i.test(word)) continue;
    for (const m of compared.matchAll(new RegExp(`\\b${word}\\b`, 'gi'))) {
      ends.push(m.index + m[0].length);
    }
  }
  return Math.max(-1, ...ends);
}

/** A preposition that places the event before what follows it, and an article. */
const BEFORE =
  /\b(?:ahead of|before|prior to|in advance of|on the eve of|(?:in )?the (?:run|lead|build)[- ]up to|leading up to)\s+(?:(?:the|a|an|his|her|its|their|this)\s+)?$/i;
/** "before the vote on Friday": the date of the noun the preposition governs. */
const BEFORE_NOUN =
  /\b(?:ahead of|before|prior to|in advance of|on the eve of|(?:in )?the (?:run|lead|build)[- ]up to|leading up to)\s+(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:on|in|of|set for|scheduled for)\s+$/i;
/** After the date, a noun it modifies ("Friday's vote", "the March 16 election"). */
const MODIFIES_NOUN = /^(?:['’]s)?\s+[a-z]/;
/** A participle that tells who made the later happening ("a deadline set by the mayor"). */
const TOLD_BY = /\b(?:set|given|imposed|called|fixed|[a-z]+ed)\s+by\b/i;

/** A clause that tells what happened on the date: "since 1953, when the dikes broke". */
const TELLS_THEN = /^,?\s+when\b/i;

/** A plan told in the past: "was expected to vote", "were due to meet" (see tenseAround). */
const PAST_PLAN = new RegExp(`\\b(?:was|were)\\s+(?:${PLAN_AFTER_WAS})\\b`, 'i');

/** Whether the clause before `at` tells something done: a verb in the past, no modal, no plan. */
function isPast(clause: string): boolean {
  const doc = nlp(clause);
  return (
    (doc.has('#PastTense') || /\b(?:had|was|were)\b/i.test(clause)) &&
    !doc.has('#Modal') &&
    !PAST_PLAN.test(clause)
  );
}

/**
 * Whether the date expression standing between `before` and `after` (the rest of its sentence on
 * each side) names a reference point rather than the date of the happening its sentence tells,
 * and which kind. A later happening counts only when the sentence tells something already done
 * before it ("ministers met ahead of Friday's vote"; a plan, "will meet before Friday's vote", is
 * still dated by it) and the words say nothing more of that happening ("a Friday deadline set by
 * the mayor" tells the deadline, which stays a happening of its own).
 *
 * @example referenceDate('Security was the tightest since ', ', officials said.') // 'comparison'
 */
export function referenceDate(
  before: string,
  expression: string,
  after: string,
): ReferenceDate | undefined {
  // "the worst since 1953, when the dikes broke": the words tell what happened then, which that
  // date dates (a clause of its own), as before.
  if (TELLS_THEN.test(after)) return undefined;
  if (SINCE.test(before)) {
    const compared = lastClause(before.replace(SINCE, ''));
    const last = lastRecordWord(compared);
    return last >= 0 && !PERFECT.test(compared.slice(last)) ? 'comparison' : undefined;
  }
  const governed = BEFORE.test(before) ? MODIFIES_NOUN.test(after) : BEFORE_NOUN.test(before);
  if (!governed) return undefined;
  const rest = firstClause(after);
  // A verb after it tells that happening ("for the strikers to return"); "the April 2 hearing"
  // only names it.
  const tells = nlp(`${expression}${rest}`).match('#Verb').not('#Gerund').found;
  if (TOLD_BY.test(rest) || tells) return undefined;
  // "Ahead of Friday's vote, ministers met …": the clause after the phrase tells the event.
  const own = lastClause(before.replace(BEFORE, '').replace(BEFORE_NOUN, ''));
  const clause = own.trim() === '' ? firstClause(after.split(/,\s/)[1] ?? '') : own;
  return isPast(clause) ? 'later-happening' : undefined;
}
