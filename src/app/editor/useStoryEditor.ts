import { useCallback, useEffect, useMemo, useState } from 'react';
import type { EditorSession } from '../../model/editorApi.ts';
import { authoredEvents, type AuthoredEvent } from './AuthoredEvent.ts';
import { EditorRefused, editorClient } from './editorClient.ts';

/** What the editor tells the person at the keyboard after each action. */
export type EditorNotice = { tone: 'saved' | 'refused'; text: string };

type Step = { label: string; before: AuthoredEvent[] };

/**
 * The story being edited: the session from the dev server, every change written at once through
 * the API (based on the version the page holds), a stack of changes to undo, and the events as
 * the page opened them. A stale write reloads the file as it now is.
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
    async (label: string, next: AuthoredEvent[], undoing: boolean): Promise<boolean> => {
      const current = session;
      const before = current && authoredEvents(current.events.json);
      if (!current || !before) return false;
      setBusy(true);
      try {
        const saved = await client.write({
          file: 'events.json',
          base: current.events.version,
          json: next,
        });
        setSession(saved);
        setSteps((stack) => (undoing ? stack.slice(0, -1) : [...stack, { label, before }]));
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

  const apply = useCallback(
    (label: string, next: AuthoredEvent[]) => write(label, next, false),
    [write],
  );

  const undo = useCallback(() => {
    const step = steps.at(-1);
    return step ? write(step.label, step.before, true) : Promise.resolve(false);
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
    undo,
  };
}

export type StoryEditor = ReturnType<typeof useStoryEditor>;
