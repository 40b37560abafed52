import { useEffect, useState } from 'react';
import type { Dataset } from '../../model/dataset.ts';
import type { TimelineEvent } from '../../model/event.ts';
import { sourceCitation } from '../../model/sourceName.ts';
import type { AuthoredEvent, AuthoredEvidence } from './AuthoredEvent.ts';
import { dateChoices } from './dateChoices.ts';
import { EventTarget } from './EventTarget.tsx';
import { kindChoices } from './kindChoices.ts';
import { LabelledSelect } from './LabelledSelect.tsx';
import { mergeEvents } from './mergeEvents.ts';
import { moveEvidence } from './moveEvidence.ts';
import { ReviewButtons } from './ReviewButtons.tsx';
import { showEvent } from './showEvent.ts';
import { statusOptions } from './statusOptions.ts';
import { updateEvent } from './updateEvent.ts';
import type { StoryEditor } from './useStoryEditor.ts';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Each quote dated by the chosen words, its `when` kept as written where the choice is unchanged. */
function withWhens(evidence: AuthoredEvidence[], whens: string[]): AuthoredEvidence[] {
  return evidence.map((item, i) => {
    const chosen = whens[i] ?? '';
    if (chosen === (item.when?.expression ?? '')) return item;
    const rest = { ...item };
    delete rest.when;
    return chosen ? { ...rest, when: { expression: chosen } } : rest;
  });
}

type Preview =
  { kind: 'date'; label: string; explanation: string } | { kind: 'problem'; text: string };

/**
 * The selected event's form, in the details pane: its fields, the words that date each quote
 * (with the date the build derives, previewed before saving), accept or reject a draft, merge it
 * into another event, or move one of its passages to another event.
 */
export function EventEditor({
  editor,
  authored,
  built,
  dataset,
}: {
  editor: StoryEditor;
  authored: AuthoredEvent;
  built: TimelineEvent;
  dataset: Dataset;
}) {
  const events = editor.events ?? [];
  const [title, setTitle] = useState(authored.title);
  const [summary, setSummary] = useState(authored.summary ?? '');
  const [kind, setKind] = useState(authored.kind);
  const [status, setStatus] = useState(authored.status);
  const [people, setPeople] = useState((authored.people ?? []).join('\n'));
  const [places, setPlaces] = useState((authored.places ?? []).join('\n'));
  const [whens, setWhens] = useState(authored.evidence.map((e) => e.when?.expression ?? ''));
  const [preview, setPreview] = useState<Preview | null>(null);
  const others = events.filter((event) => event.id !== authored.id);
  const id = authored.id;

  const fields = {
    title,
    summary,
    kind,
    status,
    people: lines(people),
    places: lines(places),
    evidence: withWhens(authored.evidence, whens),
  };
  const candidate = updateEvent(events, id, fields);
  const whensChanged = whens.some((w, i) => w !== (authored.evidence[i]?.when?.expression ?? ''));
  const candidateJson = JSON.stringify(candidate);

  useEffect(() => {
    if (!whensChanged) return;
    let live = true;
    editor.client
      .check({ file: 'events.json', json: JSON.parse(candidateJson) })
      .then((outcome) => {
        if (!live) return;
        const date = outcome.ok ? outcome.dataset.events.find((e) => e.id === id)?.date : undefined;
        setPreview(
          outcome.ok && date
            ? {
                kind: 'date',
                label: date.label,
                explanation:
                  date.derivation.kind === 'text'
                    ? date.derivation.explanation
                    : date.derivation.reason,
              }
            : { kind: 'problem', text: outcome.ok ? 'not dated' : outcome.problems.join('\n') },
        );
      })
      .catch((error: unknown) => live && setPreview({ kind: 'problem', text: String(error) }));
    return () => {
      live = false;
    };
  }, [candidateJson, whensChanged, editor.client, id]);

  const field = (name: string) => `edit-${name}-${id}`;
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const sourceNameOf = (id: string) => {
    const source = sourceById.get(id);
    return source ? sourceCitation(source) : id;
  };

  return (
    <section className="event-editor" aria-labelledby={field('heading')}>
      <h3 id={field('heading')}>{authored.draft ? 'Review this draft' : 'Edit this event'}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void editor.apply(`edited “${title}”`, candidate);
        }}
      >
        <label htmlFor={field('title')}>Title</label>
        <input id={field('title')} value={title} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor={field('summary')}>Summary</label>
        <textarea
          id={field('summary')}
          rows={3}
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
        />
        <div className="editor-row">
          <LabelledSelect
            id={field('kind')}
            label="Kind"
            value={kind}
            options={kindChoices(dataset, kind).map((k) => ({ value: k.id, label: k.label }))}
            onChange={setKind}
          />
          <LabelledSelect
            id={field('status')}
            label="Status"
            value={status}
            options={statusOptions}
            onChange={(value) => setStatus(value as typeof status)}
          />
        </div>
        <div className="editor-row">
          <span>
            <label htmlFor={field('people')}>People (one a line)</label>
            <textarea
              id={field('people')}
              rows={3}
              value={people}
              onChange={(e) => setPeople(e.target.value)}
            />
          </span>
          <span>
            <label htmlFor={field('places')}>Places (one a line)</label>
            <textarea
              id={field('places')}
              rows={3}
              value={places}
              onChange={(e) => setPlaces(e.target.value)}
            />
          </span>
        </div>
        <h4>Passages</h4>
        <ol className="editor-passages">
          {authored.evidence.map((item, i) => {
            const anchored = built.evidence[i];
            const choices = anchored
              ? dateChoices(
                  anchored,
                  editor.session?.dateWords[item.source] ?? [],
                  item.when?.expression,
                )
              : [];
            return (
              <li key={`${item.source}:${item.quote}:${i}`}>
                <blockquote>{item.quote}</blockquote>
                <p className="editor-source">{sourceNameOf(item.source)}</p>
                <LabelledSelect
                  id={field(`when-${i}`)}
                  label="Words that date it"
                  value={whens[i] ?? ''}
                  empty="none"
                  options={choices.map((choice) => ({ value: choice, label: choice }))}
                  onChange={(value) => setWhens(whens.map((w, j) => (j === i ? value : w)))}
                />
                <EventTarget
                  id={field(`move-${i}`)}
                  label="Move this passage to"
                  action="Move"
                  events={others}
                  busy={editor.busy}
                  onAct={(to) =>
                    void editor.apply('moved a passage', moveEvidence(events, id, i, to))
                  }
                />
              </li>
            );
          })}
        </ol>
        <p className="editor-date" role="status">
          {preview === null
            ? `Dated: ${built.date.label}`
            : preview.kind === 'date'
              ? `Dated: ${preview.label} (${preview.explanation})`
              : `The build would refuse this: ${preview.text}`}
        </p>
        <div className="editor-actions">
          <button type="submit" disabled={editor.busy}>
            Save changes
          </button>
          <ReviewButtons
            editor={editor}
            event={authored}
            names={{
              accept: 'Accept draft',
              reject: authored.draft ? 'Reject draft' : 'Delete event',
            }}
            onDone={() => document.getElementById('drafts-heading')?.focus()}
          />
        </div>
      </form>
      <EventTarget
        id={field('merge')}
        label="Merge this event into"
        action="Merge"
        events={others}
        busy={editor.busy}
        onAct={(into) =>
          void editor
            .apply(`merged “${authored.title}” into another event`, mergeEvents(events, id, into))
            .then((saved) => saved && showEvent(into))
        }
      />
    </section>
  );
}
