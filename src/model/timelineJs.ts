import { z } from 'zod/mini';

/**
 * The story in TimelineJS3's JSON format, as far as Sourceline writes it (timelinejs.json).
 * TimelineJS renders every string here as HTML.
 */

/**
 * A TimelineJS date: only the parts the event's own precision knows are present; `hour` and
 * `minute` where the words give a clock time, on the article's clock.
 */
export const TimelineJsDate = z.strictObject({
  year: z.int(),
  month: z.optional(z.int().check(z.minimum(1), z.maximum(12))),
  day: z.optional(z.int().check(z.minimum(1), z.maximum(31))),
  hour: z.optional(z.int().check(z.minimum(0), z.maximum(23))),
  minute: z.optional(z.int().check(z.minimum(0), z.maximum(59))),
});
export type TimelineJsDate = z.infer<typeof TimelineJsDate>;

export const TimelineJsSlide = z.strictObject({
  unique_id: z.optional(z.string().check(z.minLength(1))),
  start_date: z.optional(TimelineJsDate),
  end_date: z.optional(TimelineJsDate),
  display_date: z.optional(z.string()),
  group: z.optional(z.string()),
  text: z.strictObject({ headline: z.string(), text: z.string() }),
});
export type TimelineJsSlide = z.infer<typeof TimelineJsSlide>;

/** A title slide and the events, each with a date (TimelineJS requires `start_date.year`). */
export const TimelineJs = z.strictObject({
  title: TimelineJsSlide,
  events: z.array(z.strictObject({ ...TimelineJsSlide.shape, start_date: TimelineJsDate })),
});
export type TimelineJs = z.infer<typeof TimelineJs>;
