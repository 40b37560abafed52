import type { Mention } from '../model/mention.ts';

/**
 * Mentions in text order with each one and the next, when only spaces lie between them, replaced
 * by what `join` makes of the two (left apart when it gives undefined).
 *
 * @example
 * joinAdjacent(text, mentions, (a, b) =>
 *   (b.value === '2000-01-06' ? { ...b, start: a.start } : undefined),
 * )
 */
export function joinAdjacent(
  text: string,
  mentions: readonly Mention[],
  join: (first: Mention, next: Mention) => Mention | undefined,
): Mention[] {
  const joined: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    const both = next && /^\s+$/.test(text.slice(m.end, next.start)) ? join(m, next) : undefined;
    joined.push(both ?? m);
    if (both) i++;
  }
  return joined;
}
