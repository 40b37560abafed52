import { z } from 'zod/mini';
import { MentionType } from '../model/mention.ts';
import { CalendarDate, Locale, TimexMod } from '../model/temporal.ts';

/** One hand-labelled expression: what it says, and the TIMEX value and type it should get. */
export const GoldExpression = z.strictObject({
  expression: z.string().check(z.minLength(1)),
  /** Which word-bounded occurrence of `expression` in the text is meant, 0 for the first. */
  occurrence: z.optional(z.int().check(z.nonnegative())),
  type: MentionType,
  value: z.string().check(z.minLength(1)),
  /**
   * Only where the words say so: "early 2021" START, "nearly two hours" APPROX, "as soon as" AFTER.
   */
  mod: z.optional(TimexMod),
  category: z.enum([
    'weekday',
    'month',
    'relative',
    'duration',
    'week',
    'year',
    'season-quarter',
    'ref',
    'numeric-gb',
    'anchored',
    'time',
    'range',
    'numeric',
    'holiday',
  ]),
});
export type GoldExpression = z.infer<typeof GoldExpression>;

/**
 * A benchmark line: a sentence (or a seed article by file name) with its publication date and
 * labels.
 */
export const BenchItem = z
  .strictObject({
    id: z.string().check(z.minLength(1)),
    style: z.string().check(z.minLength(1)),
    published: CalendarDate,
    locale: Locale,
    text: z.optional(z.string().check(z.minLength(1))),
    seed: z.optional(z.string().check(z.minLength(1))),
    gold: z.array(GoldExpression).check(z.minLength(1)),
  })
  .check(
    z.refine(
      (item) => (item.text === undefined) !== (item.seed === undefined),
      'give either text or seed',
    ),
  );
export type BenchItem = z.infer<typeof BenchItem>;
