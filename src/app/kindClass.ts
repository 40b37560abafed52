import type { StoryKind } from '../model/story.ts';

/**
 * The class names that colour an element by its kind: `kind-<id>` to name it, `tone-<colour>` to
 * paint it. Classes, not inline styles: the published page runs under a CSP with no inline style.
 */
export function kindClass(kind: StoryKind | undefined, id: string): string {
  return kind ? `kind-${id} tone-${kind.color}` : `kind-${id}`;
}
