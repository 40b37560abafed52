import { z } from 'zod/mini';
import { KindId } from './story.ts';
import { CalendarDate, EventStatus, Granularity, TimexMod } from './temporal.ts';
import { timexClock } from './timexClock.ts';

export const EventId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug'));

/**
 * Where a date was computed from: the words of one quote and what they were read against
 * (the article's publication date, or another event's date).
 */
export const TextDerivation = z.strictObject({
  kind: z.literal('text'),
  source: z.string(),
  expression: z.string().check(z.minLength(1)),
  /** Offsets of the expression in the article's text (UTF-16, end exclusive). */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  anchor: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('published'), date: CalendarDate }),
    z.strictObject({ kind: z.literal('event'), event: EventId, value: z.string() }),
  ]),
  /** One line a reader can follow, e.g. `"Wednesday", in an article published Thu 7 Aug 2025 → Wed 6 Aug 2025`. */
  explanation: z.string(),
});

/** A date the text does not give, set by an editor, always with the reason. */
export const EditorialDerivation = z.strictObject({
  kind: z.literal('editorial'),
  reason: z.string().check(z.minLength(1)),
});

export const EventDate = z
  .strictObject({
    /** TIMEX3 value at the expression's own granularity: 2025-08-06, 2019-12, 2025-W33, 2025. */
    value: z.string().check(z.minLength(1)),
    /** First and last calendar day the value covers, inclusive. */
    start: CalendarDate,
    end: CalendarDate,
    granularity: Granularity,
    mod: z.optional(TimexMod),
    /**
     * Set on a span whose words name its first and last day ("March 3-5", "from Monday to
     * Wednesday"): the event takes those very days, as precisely as a single day. Absent where it
     * falls somewhere within the span ("less than two weeks ago") and on every other date.
     */
    exactDays: z.optional(z.literal(true)),
    /**
     * The zone the words name with a clock time the value keeps (`2025-03-03T10:30`), as they
     * write it: "EST", "GMT", "local time". The clock is the article's in that zone, never
     * converted. Absent where the words give no clock time or name no zone, and on every span:
     * its two ends may be on two clocks, and it is dated to the day.
     */
    zone: z.optional(z.string().check(z.minLength(1))),
    /** The date as a reader says it, at its own precision: "Wed 6 Aug 2025", "June 2021", "week of 11 Aug 2025". */
    label: z.string().check(z.minLength(1)),
    derivation: z.discriminatedUnion('kind', [TextDerivation, EditorialDerivation]),
  })
  .check(
    z.refine((date) => date.start <= date.end, {
      error: 'a start on or before the end',
      path: ['end'],
    }),
    // A month or a single day is never drawn as a stretch of named days.
    z.refine(
      (date) =>
        date.exactDays === undefined ||
        (date.granularity === 'span' && /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(date.value)),
      {
        error:
          'exactDays only on a span from one day to another (a value such as 2025-03-03/2025-03-05)',
        path: ['exactDays'],
      },
    ),
    // A zone is whose clock a time is: a date with no single clock time has none.
    z.refine((date) => date.zone === undefined || timexClock(date.value) !== undefined, {
      error: 'a zone only on a single clock time (such as 2025-03-03T10:30), not a day or a span',
      path: ['zone'],
    }),
  );
export type EventDate = z.infer<typeof EventDate>;

/** W3C Web Annotation selectors, kept beside the flat fields for reuse by annotation tools. */
export const TextQuoteSelector = z.strictObject({
  type: z.literal('TextQuoteSelector'),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
});
export const TextPositionSelector = z.strictObject({
  type: z.literal('TextPositionSelector'),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});

/** One passage of one article that reports the event, anchored by the build. */
export const Evidence = z.strictObject({
  source: z.string(),
  quote: z.string().check(z.minLength(1)),
  /** JavaScript string offsets into the article's text: text.slice(start, end) === quote. */
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  /** Up to 32 characters either side, as Hypothesis keeps them, for re-anchoring. */
  prefix: z.string(),
  suffix: z.string(),
  selector: z.tuple([TextQuoteSelector, TextPositionSelector]),
  /** What this quote's own words say of the date, where the editor named an expression in it. */
  date: z.optional(EventDate),
  /** Set when the authored quote no longer matched exactly and was re-anchored approximately. */
  reanchored: z.optional(
    z.strictObject({ authored: z.string(), errors: z.int().check(z.nonnegative()) }),
  ),
});
export type Evidence = z.infer<typeof Evidence>;

/** A quote whose words put the event on a different date from the event's own. */
export const DateDisagreement = z.strictObject({
  source: z.string(),
  expression: z.string(),
  value: z.string(),
  start: CalendarDate,
  end: CalendarDate,
  explanation: z.string(),
});
export type DateDisagreement = z.infer<typeof DateDisagreement>;

export const TimelineEvent = z.strictObject({
  id: EventId,
  title: z.string().check(z.minLength(1)),
  summary: z.string(),
  /** One of the story's kinds (`story.kinds`); the dataset checks it is listed. */
  kind: KindId,
  status: EventStatus,
  /** Proposed by `npm run draft` and not yet reviewed by an editor. */
  draft: z.optional(z.literal(true)),
  people: z.array(z.string()),
  places: z.array(z.string()),
  date: EventDate,
  disagreements: z.array(DateDisagreement),
  evidence: z.array(Evidence).check(z.minLength(1)),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;
