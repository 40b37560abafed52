import { useId, useState } from 'react';
import type { Dataset } from '../../model/dataset.ts';
import { StoryRecord } from '../../model/story.ts';
import { addKind } from './addKind.ts';
import { newSlug } from './newSlug.ts';
import type { StoryEditor } from './useStoryEditor.ts';

/** The story's kinds of event, and a new one added to data/story.json. */
export function KindsEditor({ editor, dataset }: { editor: StoryEditor; dataset: Dataset }) {
  const ids = useId();
  const [label, setLabel] = useState('');
  const kinds = dataset.story.kinds;
  const story = editor.session?.storyFile.json;
  const valid = StoryRecord.safeParse(story).success;
  const id = newSlug(label, new Set(kinds.map((k) => k.id)));
  return (
    <section className="editor-card" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Kinds of event</h3>
      <p>{kinds.map((k) => k.label).join(', ')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid || !label.trim()) return;
          void editor
            .applyStory(
              `added the kind “${label.trim()}”`,
              addKind(story as Parameters<typeof addKind>[0], kinds, { id, label: label.trim() }),
            )
            .then((saved) => saved && setLabel(''));
        }}
      >
        <label htmlFor={`${ids}-label`}>New kind</label>
        <input id={`${ids}-label`} value={label} onChange={(e) => setLabel(e.target.value)} />
        <div className="editor-actions">
          <button type="submit" disabled={editor.busy || !valid || !label.trim()}>
            Add kind{label.trim() ? ` (${id})` : ''}
          </button>
        </div>
      </form>
    </section>
  );
}
