import type { EventKind } from '../model/event.ts';
import type { EventStatus } from '../model/temporal.ts';

/** Reader-facing names of the event kinds, in the order lanes and the key list them. */
export const kindNames: Record<EventKind, string> = {
  war: 'War',
  office: 'Office',
  talks: 'Talks',
  meeting: 'Meeting',
  call: 'Call',
  statement: 'Statement',
  post: 'Post',
  report: 'Report',
  deadline: 'Deadline',
  sanctions: 'Sanctions',
};

/** The words that mark an event that has not happened; `null` for one that has. */
export const statusNames: Record<EventStatus, string | null> = {
  happened: null,
  scheduled: 'Scheduled',
  possible: 'Possible',
};
