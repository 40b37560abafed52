import { UNCHANGED_PAST } from './irregularPast.ts';
import type { Stretch } from './stretch.ts';
import type { WordTags } from './wordTags.ts';

// The words that join a verb of its own to a clause: "and" and "but" before a verb ("passed on
// Monday and heads to the House") or before a subject and its verb ("and then the vote began"),
// and the subordinators before a subject and its verb ("after it passed", "because he lost").
const COORDINATOR = /\b(?:and|but|yet)\s+/gi;
const SUBORDINATOR =
  /\b(?:after|before|when|while|because|although|though|once|until|whereas|since)\s+/gi;
// How many words a subject may take before its verb ("the firm's two largest shareholders").
export const SUBJECT_WORDS = 4;

/** Whether a word's tags make it a verb that can head a clause: not a gerund ("after arriving"). */
export function headsClause(tagged: ReadonlySet<string> | undefined): boolean {
  return tagged !== undefined && tagged.has('Verb') && !tagged.has('Gerund');
}

/** A joining word that opens a clause, from its start to the end of the space after it. */
interface Joint {
  start: number;
  end: number;
  /** Whether it is "and", "but" or "yet" right before a verb in the third-person present. */
  present: boolean;
  /**
   * The verb right after "and", "but" or "yet" when its past is written as its present ("and set
   * Friday as the deadline"): where it is in the text and how long.
   */
  unchanged?: { at: number; length: number };
}

// "set", "put", "cut" …: a bare verb that may be past or present.
const UNCHANGED_VERB = new RegExp(`^(?:${UNCHANGED_PAST})$`, 'i');

// "and reconvenes on Monday", "and takes office in June": a verb in the present right after
// "and" tells what comes next, as news writes plans. Not the auxiliaries ("and has been held").
const NOT_PLAN_PRESENT = /^(?:has|does|says)$/i;

/** Whether the word at `offset` is a verb in the third-person present ("reconvenes", "misses"). */
function presentVerb(stretch: Stretch, offset: number, tagged: ReadonlySet<string> | undefined) {
  const word = /^[a-z]+/i.exec(stretch.words.slice(offset - stretch.at))?.[0] ?? '';
  return tagged?.has('PresentTense') === true && /s$/i.test(word) && !NOT_PLAN_PRESENT.test(word);
}

// What may follow a verb such as "set" but not the noun "set": an article, a pronoun, a number or
// a date ("and set Friday as the deadline", "and cut the power"; not "and set designers").
const OBJECT_TAGS = ['Determiner', 'Pronoun', 'Possessive', 'Value', 'Date'];

/**
 * Whether the word at `offset` is a verb whose past is written as its present, which the tagger
 * may take for a noun ("and set Friday"): it is one before an object or the date.
 */
function unchangedVerb(stretch: Stretch, offset: number | undefined, tags: WordTags): boolean {
  if (offset === undefined) return false;
  const word = /^[a-z]+/i.exec(stretch.words.slice(offset - stretch.at))?.[0] ?? '';
  if (!UNCHANGED_VERB.test(word)) return false;
  const next = Math.min(...[...tags.keys()].filter((at) => at > offset));
  const tagged = tags.get(next);
  return tagged !== undefined && OBJECT_TAGS.some((tag) => tagged.has(tag));
}

/**
 * The joining words in a stretch that open a clause, from their start to the end of the space
 * after them: "and" or "but" with a verb after it, leading adverbs aside ("and now heads"), or
 * a subject and a verb ("and the vote began"); a subordinator with a subject and a verb ("after
 * it passed"). "Unions and employers", "Monday and Tuesday" and "before 3 a.m." open none.
 */
function conjunctJoints(stretch: Stretch, tags: WordTags): Joint[] {
  const joints: Joint[] = [];
  for (const [pattern, verbFirst] of [
    [COORDINATOR, true],
    [SUBORDINATOR, false],
  ] as const) {
    for (const joint of stretch.words.matchAll(pattern)) {
      const from = joint.index + joint[0].length;
      const offsets = [...stretch.words.slice(from).matchAll(/[^\s,;:]+/g)]
        .map((word) => stretch.at + from + word.index)
        .slice(0, SUBJECT_WORDS + 1);
      const words = offsets.map((offset) => tags.get(offset));
      const lead = words.findIndex(
        (tagged) => !tagged?.has('Adverb') && !tagged?.has('Conjunction'),
      );
      const verb =
        verbFirst && unchangedVerb(stretch, offsets[lead], tags)
          ? lead
          : words.findIndex(headsClause);
      const subject = words[lead];
      const opensClause =
        verb >= 0 &&
        (verb === lead
          ? verbFirst
          : words
              .slice(lead, verb)
              .every((tagged) => tagged !== undefined && !tagged.has('Verb')) &&
            (subject?.has('Noun') === true || subject?.has('Determiner') === true));
      if (!opensClause) continue;
      const head = offsets[verb]!;
      const word = /^[a-z]+/i.exec(stretch.words.slice(head - stretch.at))?.[0] ?? '';
      joints.push({
        start: joint.index,
        end: from,
        present: verbFirst && verb === lead && presentVerb(stretch, head, words[verb]),
        ...(verbFirst && verb === lead && UNCHANGED_VERB.test(word)
          ? { unchanged: { at: head, length: word.length } }
          : {}),
      });
    }
  }
  return joints;
}

/**
 * The conjunct of the date within its clause: the words from the last clause joined before it to
 * the first one joined after it; undefined when the clause joins none.
 */
export function ownConjunct(
  before: Stretch,
  after: Stretch,
  tags: () => WordTags,
):
  | {
      before: Stretch;
      after: Stretch;
      present: boolean;
      /** Where the joint before a verb such as "set" starts, and where that verb is. */
      shared?: { joint: number; verb: { at: number; length: number } };
    }
  | undefined {
  const words = `${before.words} ${after.words}`;
  // search, not test: the patterns are global, and test would move on their lastIndex.
  if (words.search(COORDINATOR) < 0 && words.search(SUBORDINATOR) < 0) return undefined;
  const joints = conjunctJoints(before, tags());
  const opening = Math.max(...joints.map((joint) => joint.end));
  const closing = Math.min(...conjunctJoints(after, tags()).map((joint) => joint.start));
  if (opening === -Infinity && closing === Infinity) return undefined;
  const cut = opening === -Infinity ? 0 : opening;
  const joint = joints.find((each) => each.end === opening);
  return {
    present: joint?.present === true,
    ...(joint?.unchanged
      ? { shared: { joint: before.at + joint.start, verb: joint.unchanged } }
      : {}),
    before: { words: before.words.slice(cut), at: before.at + cut },
    after: {
      words: closing === Infinity ? after.words : after.words.slice(0, closing),
      at: after.at,
    },
  };
}
