import { useState } from 'react';
import type { AuthoredEvent } from './AuthoredEvent.ts';
import { ReviewButtons } from './ReviewButtons.tsx';
import { showEvent } from './showEvent.ts';
import { updateEvent } from './updateEvent.ts';
import type { StoryEditor } from './useStoryEditor.ts';

function DraftItem({ draft, editor }: { draft: AuthoredEvent; editor: StoryEditor }) {
  const [title, setTitle] = useState(draft.title);
  const events = editor.events ?? [];
  const inputId = `draft-title-${draft.id}`;
  return (
    <li className="draft" data-draft={draft.id}>
      <label htmlFor={inputId}>Title</label>
      <input id={inputId} value={title} onChange={(e) => setTitle(e.target.value)} />
      <div className="editor-actions">
        <button
          type="button"
          disabled={editor.busy || title === draft.title}
          onClick={() =>
            void editor.apply(`retitled “${title}”`, updateEvent(events, draft.id, { title }))
          }
        >
          Save title
        </button>
        <ReviewButtons
          editor={editor}
          event={draft}
          names={{ accept: 'Accept', reject: 'Reject' }}
          onDone={() => document.getElementById('drafts-heading')?.focus()}
        />
        <button type="button" className="link-button" onClick={() => showEvent(draft.id)}>
          Show<span className="visually-hidden"> “{draft.title}”</span>
        </button>
      </div>
    </li>
  );
}

/** The drafts waiting for review: accept, reject or retitle each, on any screen. */
export function DraftReview({ editor }: { editor: StoryEditor }) {
  const drafts = (editor.events ?? []).filter((event) => event.draft);
  return (
    <section className="editor-card" aria-labelledby="drafts-heading">
      <h3 id="drafts-heading" tabIndex={-1}>
        Drafts to review ({drafts.length})
      </h3>
      {drafts.length === 0 ? (
        <p>No drafts left: every event is accepted.</p>
      ) : (
        <ul className="drafts">
          {drafts.map((draft) => (
            <DraftItem key={`${draft.id}:${draft.title}`} draft={draft} editor={editor} />
          ))}
        </ul>
      )}
    </section>
  );
}
