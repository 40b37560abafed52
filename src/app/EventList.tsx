import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { TimelineEvent } from '../model/event.ts';
import type { StoryKind } from '../model/story.ts';
import { kindClass } from './kindClass.ts';
import { draftWords } from './draftWords.ts';
import { listStep, listWindow } from './listWindow.ts';
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
 *
 * A long list renders in steps of a hundred entries, the next step as the reader scrolls or
 * arrows to the end (or follows the "Show more" button), so ten thousand events do not cost ten
 * thousand buttons up front. The selected event is always rendered, and every entry tells
 * assistive technology its place in the whole list (aria-posinset of aria-setsize). Memoised:
 * a keystroke in the search box re-renders the box at once and the list only with the results.
 */
export const EventList = memo(function EventList({ events, kinds, selectedId, onSelect }: Props) {
  const [shown, setShown] = useState(0);
  // A button the keyboard moved to before it was rendered: focused once it is.
  const pendingFocus = useRef<string | null>(null);
  const selectedAt = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  const rendered = listWindow(events.length, shown, selectedAt);
  const partial = rendered < events.length;
  const more = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(listButtonId(pendingFocus.current))?.focus();
    pendingFocus.current = null;
  }, [rendered]);

  useEffect(() => {
    const button = more.current;
    if (!button) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setShown(rendered + listStep);
      },
      { rootMargin: '600px' },
    );
    observer.observe(button);
    return () => observer.disconnect();
  }, [rendered]);

  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const id = (document.activeElement as HTMLElement | null)?.dataset.eventId;
    const at = events.findIndex((e) => e.id === id);
    if (at < 0) return;
    event.preventDefault();
    const target =
      events[event.key === 'ArrowDown' ? Math.min(at + 1, events.length - 1) : Math.max(at - 1, 0)];
    if (!target) return;
    const button = document.getElementById(listButtonId(target.id));
    // Selecting the event renders the list up to it, if it was not yet.
    if (button) button.focus();
    else pendingFocus.current = target.id;
    onSelect(target.id);
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
          {events.slice(0, rendered).map((event, index) => {
            const status = statusNames[event.status];
            return (
              <li
                key={event.id}
                className={`${kindClass(kinds.get(event.kind), event.kind)} status-${event.status}${event.draft ? ' is-draft' : ''}`}
                aria-posinset={partial ? index + 1 : undefined}
                aria-setsize={partial ? events.length : undefined}
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
                    {event.draft && (
                      <span className="list-draft" title={draftWords.explanation}>
                        {draftWords.badge}
                        <span className="visually-hidden"> (not yet reviewed)</span>
                      </span>
                    )}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {partial && (
        <button
          ref={more}
          type="button"
          className="link-button list-more"
          onClick={() => setShown(rendered + listStep)}
        >
          Show more ({rendered} of {events.length} events listed)
        </button>
      )}
    </section>
  );
});
