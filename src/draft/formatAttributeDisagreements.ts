import type { AttributeDisagreement } from './scoreAttributes.ts';

const FIELDS: Record<AttributeDisagreement['field'], string> = {
  kind: 'kind',
  status: 'status',
  names: 'people and places the draft does not name',
};

/**
 * The attribute disagreements of `npm run bench:draft -- --gold-events --misses`: for each, the
 * editor's event, the draft that found it, what the editor said and what the draft said, and the
 * draft's first quote, whose words the draft's attributes were read from.
 */
export function formatAttributeDisagreements(
  disagreements: readonly AttributeDisagreement[],
  texts: ReadonlyMap<string, string>,
): string {
  const count = (field: AttributeDisagreement['field']) =>
    disagreements.filter((d) => d.field === field).length;
  const lines = [
    `${count('kind')} kinds, ${count('status')} statuses and ${count('names')} events' names unlike the editor's`,
  ];
  for (const field of ['kind', 'status', 'names'] as const) {
    for (const d of disagreements.filter((x) => x.field === field)) {
      const text = (texts.get(d.quote.source) ?? '').slice(d.quote.start, d.quote.end);
      lines.push(
        '',
        `${FIELDS[field]}: ${d.gold} (editor: ${d.expected}) found by ${d.draft} (draft: ${d.found})`,
        `   ${d.quote.source}@${d.quote.start}: “${text}”`,
      );
    }
  }
  return lines.join('\n');
}
