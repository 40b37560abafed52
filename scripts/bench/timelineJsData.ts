import type { Dataset } from '../../src/model/dataset.ts';
import type { CalendarDate } from '../../src/model/temporal.ts';

/** A TimelineJS3 date object: year required, month and day where the date has them. */
type TimelineJsDate = { year: number; month?: number; day?: number };

/** The part of the TimelineJS3 JSON format the benchmark page needs. */
export interface TimelineJsData {
  title: { text: { headline: string; text: string } };
  events: {
    unique_id: string;
    start_date: TimelineJsDate;
    end_date?: TimelineJsDate;
    display_date: string;
    text: { headline: string; text: string };
  }[];
}

function tlDate(date: CalendarDate): TimelineJsDate {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month, day };
}

/**
 * The same story for TimelineJS3, so the two pages are timed on the same events: each event's
 * first and last day, its date as a reader says it, title and summary. Text is escaped, since
 * TimelineJS3 reads `text` as HTML.
 */
export function timelineJsData(dataset: Dataset): TimelineJsData {
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    title: {
      text: { headline: escape(dataset.story.title), text: escape(dataset.story.description) },
    },
    events: dataset.events.map((event) => ({
      unique_id: event.id,
      start_date: tlDate(event.date.start),
      ...(event.date.end === event.date.start ? {} : { end_date: tlDate(event.date.end) }),
      display_date: escape(event.date.label),
      text: { headline: escape(event.title), text: escape(event.summary) },
    })),
  };
}
