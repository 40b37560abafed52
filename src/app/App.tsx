import { useEffect, useState } from 'react';
import { Dataset } from '../model/dataset.ts';

type State =
  { kind: 'loading' } | { kind: 'ready'; dataset: Dataset } | { kind: 'failed'; message: string };

/** Placeholder page until the timeline lands: the dataset's events in date order, with quotes. */
export function App() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    fetch('./timeline.json')
      .then((response) => response.json())
      .then((json: unknown) => setState({ kind: 'ready', dataset: Dataset.parse(json) }))
      .catch((error: unknown) => setState({ kind: 'failed', message: String(error) }));
  }, []);
  if (state.kind === 'loading') return <p>Loading…</p>;
  if (state.kind === 'failed') return <p role="alert">{state.message}</p>;
  const events = [...state.dataset.events].sort((a, b) => a.date.start.localeCompare(b.date.start));
  return (
    <main>
      <h1>{state.dataset.story.title}</h1>
      <ol>
        {events.map((event) => (
          <li key={event.id}>
            <h2>{event.title}</h2>
            <p>{event.date.value}</p>
            {event.evidence.map((e) => (
              <blockquote key={`${e.source}-${e.start}`}>{e.quote}</blockquote>
            ))}
          </li>
        ))}
      </ol>
    </main>
  );
}
