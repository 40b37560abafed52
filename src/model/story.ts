import { z } from 'zod/mini';

/**
 * The colours a kind may take. Named, not free hex: each is a tone the page's stylesheet defines
 * with enough contrast on paper, and a strict Content-Security-Policy allows no inline styles.
 */
export const KindColor = z.enum([
  'blue',
  'green',
  'red',
  'brown',
  'purple',
  'teal',
  'orange',
  'slate',
]);
export type KindColor = z.infer<typeof KindColor>;

/** A kind's id: a lower-case slug, used in events.json and in class names. */
export const KindId = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug'));
export type KindId = z.infer<typeof KindId>;

/** One kind of event as a story lists it in data/story.json; the colour is optional. */
export const KindRecord = z.strictObject({
  id: KindId,
  label: z.string().check(z.minLength(1)),
  color: z.optional(KindColor),
});
export type KindRecord = z.infer<typeof KindRecord>;

/** A kind as timeline.json carries it: every kind has its colour, chosen or assigned. */
export const StoryKind = z.strictObject({
  id: KindId,
  label: z.string().check(z.minLength(1)),
  color: KindColor,
});
export type StoryKind = z.infer<typeof StoryKind>;

/**
 * data/story.json: the story's title and description (page title and social cards) and,
 * optionally, its kinds of event in the order the page lists them. A story that lists none
 * uses `defaultKinds`.
 */
export const StoryRecord = z.strictObject({
  title: z.string().check(z.minLength(1)),
  description: z._default(z.string(), ''),
  kinds: z.optional(z.array(KindRecord).check(z.minLength(1))),
});
export type StoryRecord = z.infer<typeof StoryRecord>;

/** The story as timeline.json carries it, with its kinds resolved. */
export const Story = z.strictObject({
  title: z.string().check(z.minLength(1)),
  description: z.string(),
  kinds: z.array(StoryKind).check(z.minLength(1)),
});
export type Story = z.infer<typeof Story>;
