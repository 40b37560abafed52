import { EventStatus } from '../../model/temporal.ts';

/** The statuses an event may take, as drop-down options. */
export const statusOptions = EventStatus.options.map((status) => ({
  value: status,
  label: status,
}));
