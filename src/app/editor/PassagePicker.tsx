import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../../model/dataset.ts';
import type { Passage } from '../../model/editorApi.ts';
import { sourceName } from '../../model/sourceName.ts';
import type { AuthoredEvent } from './AuthoredEvent.ts';
import { EditorRefused } from './editorClient.ts';
import { kindChoices } from './kindChoices.ts';
import { LabelledSelect } from './LabelledSelect.tsx';
import { newSlug } from './newSlug.ts';
import { passageEvidence } from './passageEvidence.ts';
import { showEvent } from './showEvent.ts';
import { statusOptions } from './statusOptions.ts';
import type { StoryEditor } from './useStoryEditor.ts';

type Mode = 'new' | 'add';

/** A title to start from: the quote's first words. */
function firstWords(quote: string): string {
  const words = quote.split(/\s+/);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : quote;
}

/**
 * An article to select words in (a text box that takes no edits: mouse, touch and Shift+arrow
 * keys all select, and its offsets are the article's own), and what to do with the selection: a new event
 * from it, or add it to an event. The server turns the offsets into the quote, the context that
 * picks it and the date words inside it.
 */
export function PassagePicker({ editor, dataset }: { editor: StoryEditor; dataset: Dataset }) {
  const ids = useId();
  const [sourceId, setSourceId] = useState(dataset.sources[0]?.id ?? '');
  const [selection, setSelection] = useState({ start: 0, end: 0 });
  const [passage, setPassage] = useState<Passage | null>(null);
  const [mode, setMode] = useState<Mode>('new');
  const [problem, setProblem] = useState<string | null>(null);
  const [when, setWhen] = useState('');
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState('');
  const [status, setStatus] = useState<AuthoredEvent['status']>('happened');
  const [target, setTarget] = useState('');
  const text = useRef<HTMLTextAreaElement>(null);
  const source = dataset.sources.find((s) => s.id === sourceId);
  const events = editor.events ?? [];
  const kinds = kindChoices(dataset, kind);
  const selected = source?.text.slice(selection.start, selection.end) ?? '';

  useEffect(() => {
    // Not `readOnly`: Chromium gives a read-only text box no caret, so no keyboard selection.
    // Every edit is stopped before it happens instead, and the value is React's in any case.
    const box = text.current;
    const refuse = (event: Event) => event.preventDefault();
    box?.addEventListener('beforeinput', refuse);
    return () => box?.removeEventListener('beforeinput', refuse);
  }, []);

  const readSelection = () => {
    const box = text.current;
    if (box) setSelection({ start: box.selectionStart, end: box.selectionEnd });
  };

  async function takePassage(next: Mode) {
    setProblem(null);
    try {
      const found = await editor.client.passage({ source: sourceId, ...selection });
      setPassage(found);
      setMode(next);
      setWhen(found.expressions[0] ?? '');
      setTitle(firstWords(found.quote));
      setKind(kinds[0]?.id ?? '');
      setTarget(editor.events?.[0]?.id ?? '');
    } catch (error) {
      setPassage(null);
      setProblem(error instanceof EditorRefused ? error.message : String(error));
    }
  }

  async function create() {
    if (!passage) return;
    const id = newSlug(title, new Set(events.map((e) => e.id)));
    const event: AuthoredEvent = {
      id,
      title,
      summary: '',
      kind: kind as AuthoredEvent['kind'],
      status,
      people: [],
      places: [],
      evidence: [passageEvidence(passage, when || null)],
    };
    if (await editor.apply(`new event “${title}”`, [...events, event])) {
      setPassage(null);
      showEvent(id);
    }
  }

  async function add() {
    if (!passage) return;
    const evidence = passageEvidence(passage, when || null);
    const next = events.map((e) =>
      e.id === target ? { ...e, evidence: [...e.evidence, evidence] } : e,
    );
    const name = events.find((e) => e.id === target)?.title ?? target;
    if (await editor.apply(`added a passage to “${name}”`, next)) {
      setPassage(null);
      showEvent(target);
    }
  }

  return (
    <section className="editor-card passage-picker" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Events from the articles</h3>
      <label htmlFor={`${ids}-source`}>Article</label>
      <select
        id={`${ids}-source`}
        value={sourceId}
        onChange={(e) => {
          setSourceId(e.target.value);
          setSelection({ start: 0, end: 0 });
          setPassage(null);
        }}
      >
        {dataset.sources.map((s) => (
          <option key={s.id} value={s.id}>
            {sourceName(s)}, published {s.publishedLabel}
          </option>
        ))}
      </select>
      <label htmlFor={`${ids}-text`}>
        Select words in the article (mouse, finger, or Shift and the arrow keys)
      </label>
      <textarea
        id={`${ids}-text`}
        ref={text}
        className="article-text"
        aria-readonly="true"
        inputMode="none"
        spellCheck={false}
        rows={12}
        value={source?.text ?? ''}
        onChange={() => undefined}
        onSelect={readSelection}
        onKeyUp={readSelection}
        onMouseUp={readSelection}
        onTouchEnd={readSelection}
      />
      <p className="selection-preview" aria-live="polite">
        {selected.trim() ? `Selected: “${selected.trim()}”` : 'Nothing selected yet.'}
      </p>
      <div className="editor-actions">
        <button
          type="button"
          disabled={!selected.trim() || editor.busy}
          onClick={() => void takePassage('new')}
        >
          New event from this passage
        </button>
        <button
          type="button"
          disabled={!selected.trim() || editor.busy}
          onClick={() => void takePassage('add')}
        >
          Add this passage to …
        </button>
      </div>
      {problem && (
        <p className="editor-refusal" role="alert">
          {problem}
        </p>
      )}
      {passage && (
        <div className="passage-form">
          <blockquote>{passage.quote}</blockquote>
          {(passage.prefix ?? passage.suffix) !== undefined && (
            <p className="editor-note">
              These words occur more than once in the article; this one is picked by the words{' '}
              {passage.prefix !== undefined
                ? `before it: “${passage.prefix}”`
                : `after it: “${passage.suffix}”`}
              .
            </p>
          )}
          <LabelledSelect
            id={`${ids}-when`}
            label="Words that date it"
            value={when}
            empty="none"
            options={passage.expressions.map((e) => ({ value: e, label: e }))}
            onChange={setWhen}
          />
          {mode === 'new' ? (
            <>
              <label htmlFor={`${ids}-title`}>Title of the new event</label>
              <input id={`${ids}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
              <div className="editor-row">
                <LabelledSelect
                  id={`${ids}-kind`}
                  label="Kind"
                  value={kind}
                  options={kinds.map((k) => ({ value: k.id, label: k.label }))}
                  onChange={setKind}
                />
                <LabelledSelect
                  id={`${ids}-status`}
                  label="Status"
                  value={status}
                  options={statusOptions}
                  onChange={(value) => setStatus(value as AuthoredEvent['status'])}
                />
              </div>
              <button
                type="button"
                disabled={editor.busy || !title.trim()}
                onClick={() => void create()}
              >
                Create event
              </button>
            </>
          ) : (
            <>
              <LabelledSelect
                id={`${ids}-target`}
                label="Add it to"
                value={target}
                options={events.map((e) => ({ value: e.id, label: e.title }))}
                onChange={setTarget}
              />
              <button type="button" disabled={editor.busy || !target} onClick={() => void add()}>
                Add passage
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
