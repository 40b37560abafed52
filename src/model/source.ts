import { z } from 'zod/mini';
import { CalendarDate, Locale } from './temporal.ts';

/**
 * An article's web address: http or https only, so no `javascript:` link can reach a page. A
 * pattern rather than a URL parser keeps the page's bundle small and carries into JSON Schema.
 */
export const ArticleUrl = z
  .string()
  .check(z.regex(/^https?:\/\/[^\s/?#]+[^\s]*$/, 'an http or https URL'));

/**
 * What an editor records about one article in data/sources.json. Only the publication date is
 * required: `{ "published": { "date": "2010-06-08" } }`. Where the date had to be worked out
 * (the Witkoff seeds carry no dateline), `reasoning` says how. Outlet and byline are null unless
 * the text itself states them: never guessed. Numeric dates are read month first unless the
 * locale is en-GB.
 */
export const SourceRecord = z.strictObject({
  outlet: z._default(z.nullable(z.string().check(z.minLength(1))), null),
  byline: z._default(z.nullable(z.string().check(z.minLength(1))), null),
  credits: z._default(z.array(z.string().check(z.minLength(1))), []),
  locale: z._default(Locale, 'en-US'),
  /** Where the article is published, when known: Web Annotations target it instead of the file. */
  url: z.optional(ArticleUrl),
  published: z.strictObject({
    date: CalendarDate,
    reasoning: z._default(z.array(z.string().check(z.minLength(1))), []),
  }),
});
export type SourceRecord = z.infer<typeof SourceRecord>;

/** data/sources.json: one record per article, keyed by its seed file name without `.txt`. */
export const SourceRecords = z.record(z.string().check(z.regex(/^[\w-]+$/)), SourceRecord);
export type SourceRecords = z.infer<typeof SourceRecords>;

/** An article as it appears in timeline.json: the record, its file and its full text. */
export const Source = z.strictObject({
  id: z.string().check(z.minLength(1)),
  file: z.string().check(z.minLength(1)),
  published: CalendarDate,
  /** The publication date as readers say it, e.g. "Wed 6 Aug 2025". */
  publishedLabel: z.string().check(z.minLength(1)),
  publishedReasoning: z.array(z.string()),
  outlet: z.nullable(z.string()),
  byline: z.nullable(z.string()),
  credits: z.array(z.string()),
  locale: Locale,
  url: z.optional(ArticleUrl),
  text: z.string(),
});
export type Source = z.infer<typeof Source>;
