export type Tense = 'past' | 'future' | 'unknown';

// Words right next to a date that make it a deadline or a plan: "until Friday", "by 8/8",
// "effective Feb. 1", "a Friday deadline", and a present passive of scheduling ("the case is
// heard in May"). They outweigh everything else in the sentence.
const ADJACENT_FUTURE_BEFORE =
  /\b(?:until|till|through|by|before|from|starting|effective|ahead of|no later than|as (?:soon|early) as|no earlier than)\s+(?:on\s+|the\s+|this\s+)?$|\b(?:is|are)\s+(?:\w+ly\s+)?(?:heard|held|released|published|played|decided|due|set|slated|planned|scheduled|expected|paid)\s+(?:in|on|at|for|by)\s+(?:the\s+)?$/i;
const ADJACENT_FUTURE_AFTER =
  /^(?:'s|’s)?\s*(?:deadline|ultimatum|cutoff|vote|summit|meeting is|start)\b/i;

const FUTURE_CUE =
  /\b(?:will|won't|shall|'ll|’ll|going to|is due|are due|due to|scheduled|set to|expects?|expected to|plans? to|planning to|planned|intends? to|aims? to|hopes? to|is to|are to|would|could|may|might|upcoming|coming|next(?!\s+to\b)|deadline|expires?|tomorrow)\b/gi;
// News writes scheduled events in the present tense: "Polls open on Thursday", "The summit
// opens Monday", "Apple reports earnings on Thursday", "Voters head to the polls". Only verbs of
// scheduling count (not "says"), and the bare plural forms only before a preposition, a date
// word or the date itself, where they cannot be nouns or adjectives ("an open letter", "the
// head of").
const PRESENT_SCHEDULE =
  /\b(?:(?:opens|reopens|closes|starts|begins|holds|meets|heads|returns|resumes|launches|goes|takes effect|take effect|kicks off|plays|hears|reports|arrives|lands|visits|travels|hosts|votes|expires|debuts|premieres|airs|wraps up|convenes|sits|rules|testifies)|(?:open|reopen|close|start|begin|meet|return|resume|vote|convene|go)(?=\s+(?:on|in|this|next|from|at)\b|\s*$)|head(?=\s+(?:to|for|into)\b|\s*$))\b/gi;
// Past-tense verbs: a closed list of common irregular ones plus regular -ed forms.
const PAST_CUE =
  /\b(?:said|told|met|was|were|had|did|took|came|went|began|held|made|gave|spoke|wrote|saw|left|won|lost|fell|rose|sent|got|ago|last|earlier|since|yesterday|[a-z]+ed)\b/g;
const NOT_PAST = new Set([
  'need',
  'needed',
  'scheduled',
  'expected',
  'planned',
  'indeed',
  'hundred',
  'proposed',
  'red',
  'bed',
  'speed',
  'feed',
  'seed',
  'based',
  'led',
]);

/** The sentence around [start, end): from the last sentence end before it to the next one after. */
function sentenceAround(
  text: string,
  start: number,
  end: number,
): { before: string; after: string } {
  const head = text.slice(Math.max(0, start - 200), start);
  const cut = Math.max(head.lastIndexOf('\n'), head.search(/[.!?]["”’]?\s+[A-Z“"][^.!?]*$/));
  const before = cut >= 0 ? head.slice(cut + 1) : head;
  const tail = text.slice(end, end + 200);
  const stop = tail.search(/\n|[.!?]["”’]?(?:\s|$)/);
  const after = stop >= 0 ? tail.slice(0, stop) : tail;
  return { before, after };
}

function nearest(pattern: RegExp, s: string, fromEnd: boolean, skip?: Set<string>): number {
  let best = Infinity;
  for (const m of s.matchAll(pattern)) {
    if (skip?.has(m[0].toLowerCase())) continue;
    // "will be closed": a participle after a form of "be" is passive voice, not past tense.
    if (skip && /\b(?:be|been|being)\s+$/i.test(s.slice(0, m.index))) continue;
    const distance = fromEnd ? s.length - (m.index + m[0].length) : m.index;
    best = Math.min(best, distance);
  }
  return best;
}

/**
 * Whether the sentence around an expression speaks of the past or the future, as HeidelTime's
 * news rules use it to choose between the last and the next Friday, or this year's July and the
 * next one. Words next to the date win ("until", "deadline"); otherwise the nearer of a future
 * cue (will, next, scheduled, and the present tense news uses for plans: opens, begins,
 * heads …) and a past one (said, met, -ed …) decides.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const { before, after } = sentenceAround(text, start, end);
  if (ADJACENT_FUTURE_BEFORE.test(before) || ADJACENT_FUTURE_AFTER.test(after)) return 'future';
  const future = Math.min(
    nearest(FUTURE_CUE, before, true),
    nearest(FUTURE_CUE, after, false),
    nearest(PRESENT_SCHEDULE, before, true),
    nearest(PRESENT_SCHEDULE, after, false),
  );
  const past = Math.min(
    nearest(PAST_CUE, before, true, NOT_PAST),
    nearest(PAST_CUE, after, false, NOT_PAST),
  );
  if (future === Infinity && past === Infinity) return 'unknown';
  return future < past ? 'future' : 'past';
}
