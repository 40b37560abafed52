import {
  memo,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from 'react';
import type { TimelineEvent } from '../model/event.ts';
import type { StoryKind } from '../model/story.ts';
import { kindClass } from './kindClass.ts';
import { draftWords } from './draftWords.ts';
import { listStep, listWindow } from './listWindow.ts';
import { spanWithinWords } from './spanWithinWords.ts';
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

/** Where each key of the list moves focus, from entry `at` of `count`. */
const moves = new Map<string, (at: number, count: number) => number>([
  ['ArrowDown', (at, count) => Math.min(at + 1, count - 1)],
  ['ArrowUp', (at) => Math.max(at - 1, 0)],
  ['Home', () => 0],
  ['End', (_, count) => count - 1],
]);

/**
 * Every event in date order as a button: the accessible way through the story, in step with
 * the timeline.
 *
 * The list is one Tab stop, however many events it holds (a roving tabindex, as in the WAI-ARIA
 * practices for moving focus inside a composite): only one entry is in the Tab order, the
 * selected event's, else the one last focused, else the first. ArrowUp/ArrowDown move to the
 * previous/next event and Home/End to the first/last, each opening it. The entries stay buttons
 * in a list, so a screen reader's own list and button navigation, clicks and taps reach every
 * one; a listbox would have forbidden the buttons and flattened each entry into one string.
 *
 * A long list renders in steps of a hundred entries, the next step as the reader scrolls or
 * arrows to the end (or follows the "Show more" button), so ten thousand events do not cost ten
 * thousand buttons up front. The selected event and the one in the Tab order are always
 * rendered (End renders the list up to its end), and every entry tells assistive technology
 * its place in the whole list (aria-posinset of aria-setsize). Memoised: a keystroke in the
 * search box re-renders the box at once and the list only with the results.
 */
export const EventList = memo(function EventList({ events, kinds, selectedId, onSelect }: Props) {
  const [shown, setShown] = useState(0);
  // The entry focus was last on, so leaving the list and coming back returns to it.
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // A button the keyboard moved to before it was rendered: focused once it is.
  const pendingFocus = useRef<string | null>(null);
  const selectedAt = selectedId ? events.findIndex((e) => e.id === selectedId) : -1;
  const focusedAt = focusedId ? events.findIndex((e) => e.id === focusedId) : -1;
  const tabStop = events[selectedAt >= 0 ? selectedAt : Math.max(focusedAt, 0)]?.id;
  const rendered = listWindow(events.length, shown, Math.max(selectedAt, focusedAt));
  const partial = rendered < events.length;
  const more = useRef<HTMLButtonElement>(null);
  // Whether an entry holds focus: set when one takes it, cleared when focus moves on, but not
  // when the entry itself is taken away (its button is no longer in the page).
  const focusInList = useRef(false);

  // The message that no event matches, focused when a filter takes away every entry.
  const none = useRef<HTMLParagraphElement>(null);

  // The search applies a moment after the typing; a reader who tabbed into the list meanwhile
  // can see the focused entry filtered away, and the page would drop focus to <body>. The list
  // keeps it, on the entry Tab would now reach, or, when no entry is left, on the message that
  // none matches (so a screen reader says so), and back on the entries when they return.
  useLayoutEffect(() => {
    if (!focusInList.current) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const target = tabStop ? document.getElementById(listButtonId(tabStop)) : none.current;
    if (target) target.focus();
    else focusInList.current = false;
  }, [events, tabStop]);

  const trackFocus = {
    onFocus: (event: FocusEvent<HTMLElement>) => {
      const id = event.target.dataset.eventId;
      if (id) setFocusedId(id);
      focusInList.current = id !== undefined || event.target === none.current;
    },
    onBlur: (event: FocusEvent<HTMLElement>) => {
      if (event.target.isConnected) focusInList.current = false;
    },
  };

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
    const move = moves.get(event.key);
    if (!move || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const id = (document.activeElement as HTMLElement | null)?.dataset.eventId;
    const at = events.findIndex((e) => e.id === id);
    if (at < 0) return;
    event.preventDefault();
    const target = events[move(at, events.length)];
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
        // Focusable from script only (tabIndex -1): it is where focus goes, not a Tab stop.
        <p ref={none} className="empty" tabIndex={-1} {...trackFocus}>
          No event matches these filters.
        </p>
      ) : (
        <ol onKeyDown={onKeyDown} {...trackFocus}>
          {events.slice(0, rendered).map((event, index) => {
            const status = statusNames[event.status];
            const within = spanWithinWords(event.date);
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
                  tabIndex={event.id === tabStop ? 0 : -1}
                  aria-current={event.id === selectedId ? 'true' : undefined}
                  aria-controls="event-details"
                  onClick={() => onSelect(event.id)}
                >
                  <span className="list-date">
                    {within && <span className="visually-hidden">{within} </span>}
                    {event.date.label}
                  </span>
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
