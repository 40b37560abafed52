import { contentWords } from './contentWords.ts';

/** A kind of event as a story lists it. */
export type KindChoice = { id: string; label: string };

/**
 * Words that point to a kind, by the kind ids news stories commonly use. Only the entries whose
 * id the story lists count; a story's own kinds are also matched by the words of their id and
 * label, so "launch" finds a kind labelled "Product launch" with no entry here.
 */
const CUES: Record<string, string> = {
  meeting: 'meet met summit talk visit host',
  talks: 'talk negotiat negotiation summit',
  call: 'call phoned telephon spoke',
  statement: 'statement announc declar confirm denied warn',
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
 * The story's kind that the passage's words point to most; on a tie the one listed first, and
 * with no cue at all the kind `other` when the story has one, else its first kind.
 *
 * @example kindFromWords('The court heard the lawsuit', [{ id: 'meeting', label: 'Meeting' }, { id: 'court', label: 'Court' }])
 * // 'court'
 */
export function kindFromWords(text: string, kinds: readonly KindChoice[]): string {
  const words = contentWords(text);
  let best: { id: string; score: number } | undefined;
  for (const kind of kinds) {
    const cues = new Set([
      ...contentWords(`${kind.id.replace(/-/g, ' ')} ${kind.label}`),
      ...(CUES[kind.id]?.split(' ') ?? []),
    ]);
    const score = words.filter((word) => [...cues].some((cue) => word.startsWith(cue))).length;
    if (score > 0 && (best === undefined || score > best.score)) best = { id: kind.id, score };
  }
  return best?.id ?? kinds.find((kind) => kind.id === 'other')?.id ?? kinds[0]?.id ?? 'other';
}
