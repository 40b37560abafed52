import { defaultKinds } from './defaultKinds.ts';
import { KindColor, type KindRecord, type StoryKind } from './story.ts';

/**
 * The kinds a story uses, each with a colour: the story's own list, or `defaultKinds` when it
 * has none. A kind without a colour takes the palette's next tone in turn, so neighbours differ.
 */
export function resolveKinds(listed: readonly KindRecord[] | undefined): StoryKind[] {
  const palette = KindColor.options;
  return (listed ?? defaultKinds).map((kind, i) => ({
    id: kind.id,
    label: kind.label,
    color: kind.color ?? palette[i % palette.length]!,
  }));
}
