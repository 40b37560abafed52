import type { AuthoredEvent } from './AuthoredEvent.ts';

/** One difference between the events as the page opened them and as they are now. */
export type Change =
  | { kind: 'added'; id: string; title: string }
  | { kind: 'removed'; id: string; title: string }
  | { kind: 'accepted'; id: string; title: string; fields: string[] }
  | { kind: 'changed'; id: string; title: string; fields: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What changed since `opened`, event by event, in the order of the current file. */
export function changesSince(opened: AuthoredEvent[], current: AuthoredEvent[]): Change[] {
  const before = new Map(opened.map((event) => [event.id, event]));
  const now = new Set(current.map((event) => event.id));
  const changes: Change[] = [];
  for (const event of current) {
    const old = before.get(event.id);
    if (!old) {
      changes.push({ kind: 'added', id: event.id, title: event.title });
      continue;
    }
    const keys = [...new Set([...Object.keys(old), ...Object.keys(event)])].filter(
      (key) => key !== 'draft',
    ) as (keyof AuthoredEvent)[];
    const fields = keys.filter((key) => !same(old[key], event[key]));
    if (old.draft && !event.draft)
      changes.push({ kind: 'accepted', id: event.id, title: event.title, fields });
    else if (fields.length > 0)
      changes.push({ kind: 'changed', id: event.id, title: event.title, fields });
  }
  for (const event of opened) {
    if (!now.has(event.id)) changes.push({ kind: 'removed', id: event.id, title: event.title });
  }
  return changes;
}
