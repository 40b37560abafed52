import nlp from 'compromise';
import { contentWords } from './contentWords.ts';

/** A kind of event as a story lists it. */
export type KindChoice = { id: string; label: string };

/**
 * Words that point to a kind, by the kind ids news stories commonly use. Only the entries whose
 * id the story lists count; a story's own kinds are also matched by the words of their id and
 * label, so "launch" finds a kind labelled "Product launch" with no entry here.
 */
const CUES: Record<string, string> = {
  meeting: 'meet met summit talk visit host session',
  talks: 'talk negotiat negotiation summit',
  call: 'call phoned telephon spoke',
  statement: 'statement announc declar confirm denied warn say tell stated',
  post: 'post tweet wrote social',
  report: 'report study survey poll figure',
  decision: 'decid decision approv agree agreement sign order',
  vote: 'vote ballot referendum',
  deadline: 'deadline expir ultimatum',
  sanctions: 'sanction tariff embargo penalt',
  attack: 'attack strike bomb kill shoot shell',
  war: 'war invasion invad troop offensive',
  court: 'court sued lawsuit suit trial judge verdict ruling appeal',
  election: 'election elect campaign poll',
  office: 'inaugurat sworn resign appoint',
  launch: 'launch unveil introduc releas sale',
  release: 'launch unveil introduc releas sale',
};

/**
 * The words a kind is read from: the content words, and the infinitives of the verbs that
 * compromise's tagger finds, so that "met", "told" and "said" count as meet, tell and say (the
 * content words leave verbs of saying out, as they join nothing; here they tell a statement).
 */
function kindWords(text: string): string[] {
  const verbs = (nlp(text).verbs().json() as { verb?: { infinitive?: string } }[])
    .map((v) => v.verb?.infinitive?.toLowerCase() ?? '')
    .filter((v) => /^[a-z]+$/.test(v));
  return [...contentWords(text), ...verbs];
}

/**
 * The story's kind that the passage's words point to most; on a tie the one listed first, and
 * with no cue at all the kind `other` when the story has one, else its first kind.
 *
 * Given several texts, nearest first (the clause the date stands in, its sentence, all the
 * happening's quotes), the first that points anywhere decides and the later ones only break its
 * ties: "an official confirmed on Wednesday" is a statement even when the passages it was joined
 * with go on to tell of a meeting.
 *
 * @example kindFromWords('The court heard the lawsuit', [{ id: 'meeting', label: 'Meeting' }, { id: 'court', label: 'Court' }])
 * // 'court'
 */
export function kindFromWords(
  texts: string | readonly string[],
  kinds: readonly KindChoice[],
): string {
  const cuesOf = new Map(
    kinds.map((kind) => [
      kind.id,
      [
        ...contentWords(`${kind.id.replace(/-/g, ' ')} ${kind.label}`),
        ...(CUES[kind.id]?.split(' ') ?? []),
      ],
    ]),
  );
  // Texts are read one at a time, and only as far as they are needed to choose (compromise's
  // tagging of a happening's every quote is the costly part).
  let candidates: readonly KindChoice[] = kinds;
  let pointed = false;
  for (const text of typeof texts === 'string' ? [texts] : texts) {
    const words = kindWords(text);
    const scores = candidates.map(
      (kind) =>
        words.filter((word) => cuesOf.get(kind.id)!.some((cue) => word.startsWith(cue))).length,
    );
    const top = Math.max(0, ...scores);
    if (top === 0 && !pointed) continue;
    pointed = true;
    candidates = candidates.filter((_, i) => scores[i] === top);
    if (candidates.length === 1) break;
  }
  if (pointed) return candidates[0]!.id;
  return kinds.find((kind) => kind.id === 'other')?.id ?? kinds[0]?.id ?? 'other';
}
