import type { KeyboardEvent } from 'react';
import type { TimelineEvent } from '../model/event.ts';
import type { StoryKind } from '../model/story.ts';
import { kindClass } from './kindClass.ts';
import { statusNames } from './statusNames.ts';

interface Props {
  events: readonly TimelineEvent[];
  kinds: ReadonlyMap<string, StoryKind>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function listButtonId(eventId: string): string {
  return `list-${eventId}`;
}

/**
 * Every event in date order as a button: the accessible way through the story, in step with
 * the timeline. ArrowUp/ArrowDown move to the previous/next event and open it.
 */
export function EventList({ events, kinds, selectedId, onSelect }: Props) {
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    const next =
      buttons[
        event.key === 'ArrowDown' ? Math.min(at + 1, buttons.length - 1) : Math.max(at - 1, 0)
      ];
    const id = next?.dataset.eventId;
    if (!next || !id) return;
    next.focus();
    onSelect(id);
  };

  return (
    <section className="event-list" aria-labelledby="list-heading">
      <h2 id="list-heading" className="section-heading">
        Events in order
      </h2>
      {events.length === 0 ? (
        <p className="empty">No event matches these filters.</p>
      ) : (
        <ol onKeyDown={onKeyDown}>
          {events.map((event) => {
            const status = statusNames[event.status];
            return (
              <li
                key={event.id}
                className={`${kindClass(kinds.get(event.kind), event.kind)} status-${event.status}`}
              >
                <button
                  type="button"
                  id={listButtonId(event.id)}
                  data-event-id={event.id}
                  aria-current={event.id === selectedId ? 'true' : undefined}
                  aria-controls="event-details"
                  onClick={() => onSelect(event.id)}
                >
                  <span className="list-date">{event.date.label}</span>
                  <span className="list-title">{event.title}</span>
                  <span className="list-meta">
                    <span className="swatch" aria-hidden="true" />
                    {kinds.get(event.kind)?.label ?? event.kind}
                    {status && <span className="list-status">{status}</span>}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
