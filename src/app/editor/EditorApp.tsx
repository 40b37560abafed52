import { createPortal } from 'react-dom';
import { StoryPage } from '../StoryPage.tsx';
import { ChangeList } from './ChangeList.tsx';
import { DraftReview } from './DraftReview.tsx';
import { EventEditor } from './EventEditor.tsx';
import { KindsEditor } from './KindsEditor.tsx';
import { PassagePicker } from './PassagePicker.tsx';
import { useDetailsSlot } from './useDetailsSlot.ts';
import { useStoryEditor } from './useStoryEditor.ts';

/**
 * The page in the dev server: the story as readers will see it, and around it the editor of its
 * data/events.json: a bar with undo and the changes so far, the drafts to review, the article
 * reader to make events from, and a form for the selected event at the top of its details.
 */
export function EditorApp() {
  const editor = useStoryEditor();
  const { session, events, notice } = editor;
  const ready = Boolean(session?.build.ok && events);
  const { slot, selectedId } = useDetailsSlot(ready);

  const bar = (
    <header className="editor-bar">
      <p className="editor-title">
        Editing <code>{session?.story ?? '…'}</code>: changes are saved to data/events.json at once
      </p>
      <button
        type="button"
        disabled={!editor.lastStep || editor.busy}
        onClick={() => void editor.undo()}
      >
        {editor.lastStep ? `Undo: ${editor.lastStep}` : 'Undo'}
      </button>
      <ChangeList editor={editor} />
      <div className={`editor-notice ${notice?.tone ?? ''}`} role="status">
        {notice?.text ?? ''}
      </div>
    </header>
  );

  if (editor.failure) {
    return (
      <>
        {bar}
        <main className="page">
          <div className="load-error" role="alert">
            <h1>The editor could not start</h1>
            <pre>{editor.failure}</pre>
          </div>
        </main>
      </>
    );
  }
  if (!session) {
    return (
      <main className="page">
        <p className="loading">Loading the story…</p>
      </main>
    );
  }
  if (!session.build.ok || !events) {
    return (
      <>
        {bar}
        <main className="page">
          <div className="load-error" role="alert">
            <h1>The build refuses the story as it is on disk</h1>
            <pre>
              {session.build.ok
                ? 'data/events.json does not match the format'
                : session.build.problems.join('\n')}
            </pre>
            <p>Fix the files named above in a text editor, then reload this page.</p>
          </div>
        </main>
      </>
    );
  }
  const { dataset } = session.build;
  const selected = dataset.events.find((event) => event.id === selectedId);
  const authored = events.find((event) => event.id === selectedId);
  return (
    <>
      {bar}
      <section className="editor-workspace" aria-label="Edit the story">
        <DraftReview editor={editor} dataset={dataset} />
        <PassagePicker editor={editor} dataset={dataset} />
        <KindsEditor editor={editor} dataset={dataset} />
      </section>
      <StoryPage dataset={dataset} />
      {selected && authored
        ? createPortal(
            <EventEditor
              key={`${session.events.version}:${selected.id}`}
              editor={editor}
              authored={authored}
              built={selected}
              dataset={dataset}
            />,
            slot,
          )
        : null}
    </>
  );
}
