import { describe, expect, it } from 'vitest';
import { addKind } from './addKind.ts';

const resolved = [
  { id: 'meeting', label: 'Meeting', color: 'blue' as const },
  { id: 'other', label: 'Other', color: 'slate' as const },
];

describe('addKind', () => {
  it('adds the kind after the story’s own list, leaving the rest of story.json as it was', () => {
    const story = {
      title: 'T',
      description: 'D',
      kinds: [{ id: 'war', label: 'War', color: 'red' as const }],
    };
    expect(addKind(story, resolved, { id: 'court', label: 'Court' })).toEqual({
      title: 'T',
      description: 'D',
      kinds: [
        { id: 'war', label: 'War', color: 'red' },
        { id: 'court', label: 'Court' },
      ],
    });
  });

  it('writes out the default list a story without kinds was using, then the new kind', () => {
    expect(addKind({ title: 'T' }, resolved, { id: 'court', label: 'Court' }).kinds).toEqual([
      { id: 'meeting', label: 'Meeting' },
      { id: 'other', label: 'Other' },
      { id: 'court', label: 'Court' },
    ]);
  });
});
