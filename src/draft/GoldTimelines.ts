import { z } from 'zod/mini';

/** One annotated mention of a gold happening: its article and its sentence's offsets. */
export const GoldMention = z.object({
  doc: z.string().check(z.minLength(1)),
  sentence: z.int(),
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
});

/**
 * A gold timeline line (SemEval-2015 Task 4, as converted in the corpus's trial.gold.json): one
 * happening of one entity's timeline, its date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, with `XX` where
 * unknown) and its mentions.
 */
export const GoldLine = z.object({
  entity: z.string(),
  /** Read by goldRange; anything without a four-digit year counts as undated. */
  date: z.string(),
  mentions: z.array(GoldMention),
});
export type GoldLine = z.infer<typeof GoldLine>;

export const GoldTimelines = z.object({
  entities: z.array(z.string()),
  lines: z.array(GoldLine),
});
export type GoldTimelines = z.infer<typeof GoldTimelines>;
