import { LEFT_OUT_REASONS } from './formatDraftProblem.ts';
import type { Miss } from './listMisses.ts';

const span = (e: { start: string; end: string }) =>
  e.start === e.end ? e.start : `${e.start}..${e.end}`;

/**
 * The misses of `npm run bench:draft -- --misses`: each missed gold happening with its date and
 * timelines, then each of its sentences and what the drafter did with it.
 */
export function formatMisses(misses: readonly Miss[]): string {
  const lines: string[] = [];
  const counts = { 'not-found': 0, 'not-linked': 0 };
  for (const miss of misses) counts[miss.kind]++;
  lines.push(
    `${counts['not-found']} dated gold happenings not found, ${counts['not-linked']} found but not joined across their articles`,
  );
  for (const [n, miss] of misses.entries()) {
    const what = miss.kind === 'not-found' ? 'not found' : 'not joined';
    lines.push('', `${n + 1}. ${what}: gold ${miss.date} (${miss.entities.join(', ')})`);
    for (const m of miss.mentions) {
      lines.push(`   ${m.doc}@${m.start}: “${m.text}”`);
      for (const e of m.quotedBy) lines.push(`     quoted by ${e.id} on ${span(e)}`);
      for (const l of m.leftOut) {
        lines.push(`     “${l.expression}” left out: ${LEFT_OUT_REASONS[l.reason]}`);
      }
      if (m.quotedBy.length === 0 && m.leftOut.length === 0) {
        lines.push('     no date of its own, and joined no event');
      }
    }
  }
  return lines.join('\n');
}
