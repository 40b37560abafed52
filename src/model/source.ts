import { z } from 'zod';
import { CalendarDate, Locale } from './temporal.ts';

/**
 * What an editor records about one article in data/sources.json. The seed files carry no
 * headline or dateline, so the publication date comes with the reasoning that establishes it.
 * Outlet and byline are null unless the text itself states them: never guessed.
 */
export const SourceRecord = z.strictObject({
  outlet: z.string().min(1).nullable(),
  byline: z.string().min(1).nullable(),
  credits: z.array(z.string().min(1)).default([]),
  locale: Locale,
  published: z.strictObject({
    date: CalendarDate,
    reasoning: z.array(z.string().min(1)).min(1),
  }),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

/** data/sources.json: one record per article, keyed by its seed file name without `.txt`. */
export const SourceRecords = z.record(z.string().regex(/^[\w-]+$/), SourceRecord);
export type SourceRecords = z.infer<typeof SourceRecords>;

/** An article as it appears in timeline.json: the record, its file and its full text. */
export const Source = z.strictObject({
  id: z.string().min(1),
  file: z.string().min(1),
  published: CalendarDate,
  publishedReasoning: z.array(z.string()),
  outlet: z.string().nullable(),
  byline: z.string().nullable(),
  credits: z.array(z.string()),
  locale: Locale,
  text: z.string(),
});
export type Source = z.infer<typeof Source>;
