import type { z } from 'zod/mini';
import type { StoryKind, StoryRecord } from '../../model/story.ts';

type AuthoredStory = z.input<typeof StoryRecord>;

/**
 * data/story.json with one more kind. A story that lists no kinds uses the general default list;
 * adding one writes that list out with the new kind after it, so the kinds in use stay valid.
 */
export function addKind(
  story: AuthoredStory,
  resolved: StoryKind[],
  kind: { id: string; label: string },
): AuthoredStory {
  const kinds = story.kinds ?? resolved.map(({ id, label }) => ({ id, label }));
  return { ...story, kinds: [...kinds, kind] };
}
