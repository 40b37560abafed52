import type { EventStatus } from '../model/temporal.ts';

/** The words that mark an event that has not happened; `null` for one that has. */
export const statusNames: Record<EventStatus, string | null> = {
  happened: null,
  scheduled: 'Scheduled',
  possible: 'Possible',
};
