import { z } from 'zod/mini';
import { EventId } from './event.ts';
import { KindId } from './story.ts';
import { CalendarDate, EventStatus, TimexMod } from './temporal.ts';

/**
 * Which words of a quote date the event, and what they are read against. The build resolves
 * them; nobody types the date itself.
 */
export const WhenRecord = z.strictObject({
  /** The temporal expression, exactly as it stands inside the quote: "Wednesday", "6/8", "June 2021". */
  expression: z.string().check(z.minLength(1)),
  /**
   * Another event whose date the expression is read against ("earlier in the day", "minutes
   * later", "eight months before"). Without it, the article's publication date is the anchor.
   */
  anchor: z.optional(EventId),
  /**
   * The event lasts from the expression's date up to the anchor (the time of writing, unless
   * another event is named): "talks since the beginning of the year" run from January to now.
   */
  throughAnchor: z._default(z.boolean(), false),
});
export type WhenRecord = z.infer<typeof WhenRecord>;

export const EvidenceRecord = z.strictObject({
  /** Article id: the seed file name without `.txt`. */
  source: z.string().check(z.minLength(1)),
  /** Words copied exactly from the article. */
  quote: z.string().check(z.minLength(1)),
  /** Text just before or after the quote, only where the quote occurs more than once. */
  prefix: z.optional(z.string().check(z.minLength(1))),
  suffix: z.optional(z.string().check(z.minLength(1))),
  when: z.optional(WhenRecord),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

/** A date set by an editor where no article gives one: a TIMEX value or a span, with a reason. */
export const EditorialDateRecord = z.union([
  z.strictObject({
    value: z.string().check(z.minLength(1)),
    mod: z.optional(TimexMod),
    reason: z.string().check(z.minLength(1)),
  }),
  z
    .strictObject({
      start: CalendarDate,
      end: CalendarDate,
      reason: z.string().check(z.minLength(1)),
    })
    .check(
      z.refine((span) => span.start <= span.end, {
        error: 'a start on or before the end',
        path: ['end'],
      }),
    ),
]);
export type EditorialDateRecord = z.infer<typeof EditorialDateRecord>;

/**
 * One event as an editor writes it in data/events.json. The date comes from the first evidence
 * with `when`; every other `when` is checked against it. `editorialDate` is for events that no
 * quote dates.
 */
export const EventRecord = z.strictObject({
  id: EventId,
  title: z.string().check(z.minLength(1)),
  summary: z._default(z.string(), ''),
  /** One of the kinds data/story.json lists, or of the default kinds when it lists none. */
  kind: KindId,
  status: EventStatus,
  /**
   * Set by `npm run draft` on the events it proposes. An editor's events have no flag and are
   * never changed by drafting; accepting a draft removes the flag.
   */
  draft: z.optional(z.boolean()),
  people: z._default(z.array(z.string().check(z.minLength(1))), []),
  places: z._default(z.array(z.string().check(z.minLength(1))), []),
  evidence: z.array(EvidenceRecord).check(z.minLength(1)),
  editorialDate: z.optional(EditorialDateRecord),
});
export type EventRecord = z.infer<typeof EventRecord>;

export const EventRecords = z.array(EventRecord);
