import { EventRecord } from '../model/eventRecord.ts';
import type { BuildProblem } from './BuildProblem.ts';
import type { DataFile } from './readInputs.ts';
import { zodProblems } from './zodProblems.ts';

/** The id a record carries, when it carries one as a string. */
export function idOf(item: unknown): string | undefined {
  const id = item !== null && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? id : undefined;
}

/** The events of data/events.json that match the format; the rest are reported, each by its id. */
export function readEventRecords(
  events: DataFile,
  problems: BuildProblem[],
): { records: EventRecord[]; writtenIds: Set<string> } {
  const { file, json } = events;
  if (!Array.isArray(json)) {
    problems.push({
      code: 'invalid-record',
      file,
      issue: { kind: 'type', expected: 'array of events [ … ]' },
      found: json,
    });
    return { records: [], writtenIds: new Set() };
  }
  const records: EventRecord[] = [];
  json.forEach((item: unknown, i) => {
    const parsed = EventRecord.safeParse(item);
    if (parsed.success) records.push(parsed.data);
    else {
      const id = idOf(item);
      problems.push(...zodProblems(parsed.error, file, item, id ? `event "${id}"` : `item ${i}`));
    }
  });
  const seen = new Set<string>();
  for (const record of records) {
    if (seen.has(record.id)) {
      problems.push({
        code: 'duplicate-id',
        file,
        record: `event "${record.id}"`,
        field: 'id',
        found: record.id,
      });
    }
    seen.add(record.id);
  }
  // Every id written, valid record or not, so an anchor on a broken record is not reported twice.
  const writtenIds = new Set(json.map(idOf).filter((id): id is string => id !== undefined));
  return { records, writtenIds };
}
