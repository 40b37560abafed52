import type { KindRecord } from './story.ts';

/**
 * The kinds of a story that lists none of its own: general enough for most news. "other" is
 * last so a drafter or editor always has somewhere to put an event.
 */
export const defaultKinds: readonly KindRecord[] = [
  { id: 'meeting', label: 'Meeting', color: 'blue' },
  { id: 'call', label: 'Call', color: 'blue' },
  { id: 'statement', label: 'Statement', color: 'green' },
  { id: 'report', label: 'Report', color: 'green' },
  { id: 'decision', label: 'Decision', color: 'purple' },
  { id: 'vote', label: 'Vote', color: 'purple' },
  { id: 'election', label: 'Election', color: 'purple' },
  { id: 'court', label: 'Court', color: 'teal' },
  { id: 'deadline', label: 'Deadline', color: 'red' },
  { id: 'sanctions', label: 'Sanctions', color: 'red' },
  { id: 'attack', label: 'Attack', color: 'brown' },
  { id: 'other', label: 'Other', color: 'slate' },
];
