import { acceptDraft } from './acceptDraft.ts';
import type { AuthoredEvent } from './AuthoredEvent.ts';
import { rejectEvent } from './rejectEvent.ts';
import type { StoryEditor } from './useStoryEditor.ts';

/** Accept (drafts only) and reject or delete one event, each written at once. */
export function ReviewButtons({
  editor,
  event,
  names,
  onDone,
}: {
  editor: StoryEditor;
  event: AuthoredEvent;
  names: { accept: string; reject: string };
  /** After a saved change, when the buttons (and the focus in them) go with the event. */
  onDone?: () => void;
}) {
  const events = editor.events ?? [];
  const write = (label: string, next: AuthoredEvent[]) =>
    void editor.apply(label, next).then((saved) => saved && onDone?.());
  return (
    <>
      {event.draft && (
        <button
          type="button"
          disabled={editor.busy}
          onClick={() => write(`accepted “${event.title}”`, acceptDraft(events, event.id))}
        >
          {names.accept}
        </button>
      )}
      <button
        type="button"
        className="danger"
        disabled={editor.busy}
        onClick={() => write(`rejected “${event.title}”`, rejectEvent(events, event.id))}
      >
        {names.reject}
      </button>
    </>
  );
}
