import type { z } from 'zod/mini';
import { EventRecords, type EvidenceRecord, type EventRecord } from '../../model/eventRecord.ts';

/**
 * An event exactly as written in data/events.json: optional fields stay absent rather than
 * filled with their defaults, so a saved file differs from the old one only where it was edited.
 */
export type AuthoredEvent = z.input<typeof EventRecord> & { draft?: boolean };
export type AuthoredEvidence = z.input<typeof EvidenceRecord>;

/** The authored events of a session's events.json, or null when they do not match the format. */
export function authoredEvents(json: unknown): AuthoredEvent[] | null {
  return EventRecords.safeParse(json).success ? (json as AuthoredEvent[]) : null;
}
