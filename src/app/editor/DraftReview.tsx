import { useState } from 'react';
import type { Dataset } from '../../model/dataset.ts';
import type { AuthoredEvent } from './AuthoredEvent.ts';
import { ReviewButtons } from './ReviewButtons.tsx';
import { showEvent } from './showEvent.ts';
import { updateEvent } from './updateEvent.ts';
import type { StoryEditor } from './useStoryEditor.ts';

type Built = Dataset['events'][number];

/** When the build dates the draft and how many articles it quotes: what a reviewer checks first. */
function draftFacts(built: Built | undefined): string {
  if (!built) return 'Not built yet';
  const articles = new Set(built.evidence.map((e) => e.source)).size;
  return `${built.date.label} · ${articles} ${articles === 1 ? 'article' : 'articles'}`;
}

function DraftItem({
  draft,
  built,
  editor,
}: {
  draft: AuthoredEvent;
  built: Built | undefined;
  editor: StoryEditor;
}) {
  const [title, setTitle] = useState(draft.title);
  const events = editor.events ?? [];
  const inputId = `draft-title-${draft.id}`;
  const factsId = `draft-facts-${draft.id}`;
  return (
    <li className="draft" data-draft={draft.id}>
      <label htmlFor={inputId}>Title</label>
      <input
        id={inputId}
        value={title}
        aria-describedby={factsId}
        onChange={(e) => setTitle(e.target.value)}
      />
      <p className="draft-facts" id={factsId}>
        {draftFacts(built)}
      </p>
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

/** The drafts waiting for review, each with its date and articles: accept, reject or retitle each, on any screen. */
export function DraftReview({ editor, dataset }: { editor: StoryEditor; dataset: Dataset }) {
  const drafts = (editor.events ?? []).filter((event) => event.draft);
  const built = new Map(dataset.events.map((event) => [event.id, event]));
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
            <DraftItem
              key={`${draft.id}:${draft.title}`}
              draft={draft}
              built={built.get(draft.id)}
              editor={editor}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
