import type { Passage } from './findPassages.ts';
import type { Happening } from './Happening.ts';

/**
 * How alike two passages with no date of their own, from different articles, must be to tell
 * the same thing ("A Kremlin aide characterised the talks as useful and constructive" and "The
 * Kremlin described the talks as useful and constructive").
 */
export const RETELLING = 0.4;

/**
 * Puts passages with no date of their own that retell one thing in different articles into one
 * happening. Each such passage was joined on its own, by likeness or by its article's storyline,
 * so the retellings of one thing can end up scattered over the happenings of a day, or left out.
 * Passages of different articles at least RETELLING alike form a group (through chains of such
 * pairs); a group that spans two or more articles joins the happening most of its passages
 * joined (ties: the one joined first), moving the others there, as long as that happening does
 * not start after any of their articles was published. A group none of whose passages joined
 * anything stays out.
 */
export function gatherRetellings(
  happenings: readonly Happening[],
  undated: readonly Passage[],
  alike: (a: Passage, b: Passage) => number,
): void {
  const holder = new Map<Passage, Happening>();
  for (const h of happenings) for (const p of h.undated) holder.set(p, h);
  const parent = new Map<Passage, Passage>(undated.map((p) => [p, p]));
  const root = (p: Passage): Passage => {
    let r = p;
    while (parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  for (const [i, a] of undated.entries()) {
    for (const b of undated.slice(i + 1)) {
      if (a.article !== b.article && alike(a, b) >= RETELLING) parent.set(root(a), root(b));
    }
  }
  const groups = new Map<Passage, Passage[]>();
  for (const p of undated) groups.set(root(p), [...(groups.get(root(p)) ?? []), p]);
  for (const group of groups.values()) {
    if (new Set(group.map((p) => p.article)).size < 2) continue;
    const votes = new Map<Happening, number>();
    for (const p of group) {
      const h = holder.get(p);
      if (h) votes.set(h, (votes.get(h) ?? 0) + 1);
    }
    const target = [...votes].reduce<[Happening, number] | undefined>(
      (top, entry) => (top === undefined || entry[1] > top[1] ? entry : top),
      undefined,
    )?.[0];
    if (target === undefined) continue;
    if (group.some((p) => target.dated[0]!.range.start > p.published)) continue;
    for (const p of group) {
      const from = holder.get(p);
      if (from === target) continue;
      if (from) from.undated.splice(from.undated.indexOf(p), 1);
      target.undated.push(p);
    }
  }
}
