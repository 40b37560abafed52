import { acceptDraft } from './acceptDraft.ts';
import type { AuthoredEvent } from './AuthoredEvent.ts';
import { rejectEvent } from './rejectEvent.ts';
import type { StoryEditor } from './useStoryEditor.ts';

/** Accept (drafts only) and reject or delete one event, each written at once. */
export function ReviewButtons({
  editor,
  event,
  names,
}: {
  editor: StoryEditor;
  event: AuthoredEvent;
  names: { accept: string; reject: string };
}) {
  const events = editor.events ?? [];
  return (
    <>
      {event.draft && (
        <button
          type="button"
          disabled={editor.busy}
          onClick={() =>
            void editor.apply(`accepted “${event.title}”`, acceptDraft(events, event.id))
          }
        >
          {names.accept}
        </button>
      )}
      <button
        type="button"
        className="danger"
        disabled={editor.busy}
        onClick={() =>
          void editor.apply(`rejected “${event.title}”`, rejectEvent(events, event.id))
        }
      >
        {names.reject}
      </button>
    </>
  );
}
