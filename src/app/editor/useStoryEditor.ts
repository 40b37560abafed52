import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EditorSession } from '../../model/editorApi.ts';
import { authoredEvents, type AuthoredEvent } from './AuthoredEvent.ts';
import { EditorRefused, editorClient } from './editorClient.ts';

/** What the editor tells the person at the keyboard after each action. */
export type EditorNotice = { tone: 'saved' | 'refused'; text: string };

/** A data file the editor writes, as the session holds it. */
type EditedFile = { name: 'events.json'; key: 'events' } | { name: 'story.json'; key: 'storyFile' };
const eventsFile: EditedFile = { name: 'events.json', key: 'events' };
const storyFile: EditedFile = { name: 'story.json', key: 'storyFile' };

type Step = { label: string; file: EditedFile; before: unknown };

/**
 * The story being edited: the session from the dev server, every change to data/events.json or
 * data/story.json written at once through the API (based on the version the page holds), a stack
 * of changes to undo, and the events as the page opened them. A stale write reloads the files as
 * they now are.
 */
export function useStoryEditor() {
  const client = useMemo(() => editorClient(), []);
  const [session, setSession] = useState<EditorSession | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [opened, setOpened] = useState<AuthoredEvent[] | null>(null);
  const [steps, setSteps] = useState<Step[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<EditorNotice | null>(null);

  useEffect(() => {
    client
      .session()
      .then((loaded) => {
        setSession(loaded);
        setOpened(authoredEvents(loaded.events.json));
      })
      .catch((error: unknown) =>
        setFailure(String(error instanceof Error ? error.message : error)),
      );
  }, [client]);

  const events = useMemo(() => (session ? authoredEvents(session.events.json) : null), [session]);

  const write = useCallback(
    async (label: string, file: EditedFile, next: unknown, undoing: boolean): Promise<boolean> => {
      const current = session;
      if (!current) return false;
      const before = current[file.key].json;
      setBusy(true);
      try {
        const saved = await client.write({
          file: file.name,
          base: current[file.key].version,
          json: next,
        });
        setSession(saved);
        setSteps((stack) => (undoing ? stack.slice(0, -1) : [...stack, { label, file, before }]));
        setNotice({ tone: 'saved', text: undoing ? `Undone: ${label}.` : `Saved: ${label}.` });
        return true;
      } catch (error) {
        const refusal = error instanceof EditorRefused ? error.refusal : null;
        setNotice({ tone: 'refused', text: refusal?.message ?? String(error) });
        if (refusal?.code === 'stale') {
          // Someone else wrote the file: show it as it is, and never undo over their change.
          setSession(await client.session());
          setSteps([]);
        }
        return false;
      } finally {
        setBusy(false);
      }
    },
    [client, session],
  );

  /** Writes new events to data/events.json; true when they were saved. */
  const apply = useCallback(
    (label: string, next: AuthoredEvent[]) => write(label, eventsFile, next, false),
    [write],
  );

  /** Writes a new data/story.json (its kinds); true when it was saved. */
  const applyStory = useCallback(
    (label: string, next: unknown) => write(label, storyFile, next, false),
    [write],
  );

  const undo = useCallback(() => {
    const step = steps.at(-1);
    return step ? write(step.label, step.file, step.before, true) : Promise.resolve(false);
  }, [steps, write]);

  return {
    client,
    session,
    failure,
    events,
    opened,
    busy,
    notice,
    lastStep: steps.at(-1)?.label ?? null,
    apply,
    applyStory,
    undo,
  };
}

export type StoryEditor = ReturnType<typeof useStoryEditor>;
