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
  const layers = (typeof texts === 'string' ? [texts] : texts).map(kindWords);
  const scored = kinds.map((kind) => {
    const cues = [
      ...contentWords(`${kind.id.replace(/-/g, ' ')} ${kind.label}`),
      ...(CUES[kind.id]?.split(' ') ?? []),
    ];
    const count = (words: string[]) =>
      words.filter((word) => cues.some((cue) => word.startsWith(cue))).length;
    return { id: kind.id, scores: layers.map(count) };
  });
  const first = layers.findIndex((_, i) => scored.some((k) => k.scores[i]! > 0));
  if (first >= 0) {
    let best = scored[0]!;
    for (const kind of scored.slice(1)) {
      for (let i = first; i < layers.length; i++) {
        if (kind.scores[i] === best.scores[i]) continue;
        if (kind.scores[i]! > best.scores[i]!) best = kind;
        break;
      }
    }
    return best.id;
  }
  return kinds.find((kind) => kind.id === 'other')?.id ?? kinds[0]?.id ?? 'other';
}
