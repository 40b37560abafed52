import { z } from 'zod/mini';
import { CalendarDate, Granularity, TimexMod } from './temporal.ts';

/** TIMEX3 types: a calendar DATE, a DURATION, a recurring SET, or a TIME of day on a date. */
export const MentionType = z.enum(['DATE', 'DURATION', 'SET', 'TIME']);
export type MentionType = z.infer<typeof MentionType>;

/** Calendar units a relative expression moves by; sub-day offsets are folded into days. */
export const OffsetUnit = z.enum(['day', 'week', 'month', 'year']);
export type OffsetUnit = z.infer<typeof OffsetUnit>;

/**
 * A signed shift as the words say it: "eight months before" → -8 month, "two days later" → +2 day.
 * For "N before/after <something>" the mention's value is the date of that something, read as
 * `anchor − offset`, or the something's own date, with no offset, when the text gives it right
 * after ("two days after the vote on March 3"); for "N earlier/later", "in N days", "N days ago"
 * it is `anchor + offset`.
 */
export const Offset = z.strictObject({
  amount: z.int(),
  unit: OffsetUnit,
});
export type Offset = z.infer<typeof Offset>;

/**
 * What a value was computed from: the publication date, an earlier mention of the same text, or
 * a TIMEX value handed in by the caller (`resolveExpression`'s `anchor` option).
 */
export const MentionAnchor = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('published'), date: CalendarDate }),
  z.strictObject({
    kind: z.literal('mention'),
    text: z.string().check(z.minLength(1)),
    start: z.int().check(z.nonnegative()),
    value: z.string().check(z.minLength(1)),
  }),
  z.strictObject({ kind: z.literal('given'), value: z.string().check(z.minLength(1)) }),
]);
export type MentionAnchor = z.infer<typeof MentionAnchor>;

/** One temporal expression found in a text, with its TIMEX3 value. */
export const Mention = z
  .strictObject({
    /** Exactly `text.slice(start, end)` of the article. */
    text: z.string().check(z.minLength(1)),
    /** UTF-16 offsets in the article's text, end exclusive. */
    start: z.int().check(z.nonnegative()),
    end: z.int().check(z.nonnegative()),
    type: MentionType,
    /** TIMEX3 value: 2025-08-15, 2025-08, 2025-W33, 2022-SP, 2025-Q3, 199X, PAST_REF, P8M, PT3H … */
    value: z.string().check(z.minLength(1)),
    /** How finely the words place it; `span` for durations and the PAST/PRESENT/FUTURE references. */
    granularity: Granularity,
    mod: z.optional(TimexMod),
    anchor: MentionAnchor,
    offset: z.optional(Offset),
  })
  .check(
    z.refine((m) => m.end - m.start === m.text.length, {
      error: 'end − start must equal the length of text',
      path: ['end'],
    }),
  );
export type Mention = z.infer<typeof Mention>;
