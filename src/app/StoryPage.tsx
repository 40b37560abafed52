import {
  useCallback,
  useDeferredValue,
  useEffect,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react';
import type { Dataset } from '../model/dataset.ts';
import { ArticleReader } from './ArticleReader.tsx';
import { chronological } from '../model/chronological.ts';
import { EventDetails } from './EventDetails.tsx';
import { EventList, listButtonId } from './EventList.tsx';
import { filterEvents, noFilter, peopleIn, type EventFilter } from './filterEvents.ts';
import { Filters } from './Filters.tsx';
import { storySpan, storyViews } from './storyViews.ts';
import { Timeline } from './Timeline.tsx';
import { toTimelineGroups, toTimelineItems } from './toTimelineItems.ts';
import { useHashSelection } from './useHashSelection.ts';
import { useSettled } from './useSettled.ts';
import { countNoun } from '../dataset/countNoun.ts';

/**
 * How long typing must pause before the search applies, in a story large enough for filtering to
 * cost more than a frame; a smaller story filters on every keystroke.
 */
const searchPause = (events: number) => (events > 200 ? 150 : 0);

interface Reading {
  eventId: string;
  evidence: number;
}

/** The page for one story: filters, timeline, details and list, wired to one selection. */
export function StoryPage({ dataset }: { dataset: Dataset }) {
  const known = useMemo(() => new Set(dataset.events.map((e) => e.id)), [dataset]);
  const [selectedId, select] = useHashSelection(known);
  const [filter, setFilter] = useState<EventFilter>(noFilter);
  const [reading, setReading] = useState<Reading | null>(null);

  const ordered = useMemo(() => chronological(dataset.events), [dataset]);
  // The search box shows each keystroke at once; in a large story the words apply when the
  // reader pauses, and the list and the timeline follow in a render React can interrupt. The
  // drop-downs apply at once.
  const query = useSettled(filter.query, searchPause(dataset.events.length));
  const { source, person, kind } = filter;
  const settled = useMemo(() => ({ source, person, kind, query }), [source, person, kind, query]);
  const applied = useDeferredValue(settled);
  const shown = useMemo(() => filterEvents(ordered, applied), [ordered, applied]);
  const kindById = useMemo(
    () => new Map(dataset.story.kinds.map((kind) => [kind.id, kind])),
    [dataset],
  );
  const views = useMemo(() => storyViews(dataset), [dataset]);
  const items = useMemo(() => toTimelineItems(shown, kindById, views), [shown, kindById, views]);
  const groups = useMemo(() => toTimelineGroups(dataset.events, dataset.story.kinds), [dataset]);
  // The kinds the story's events use, in the story's order: lanes, key and filter agree.
  const kinds = useMemo(() => groups.flatMap((g) => kindById.get(g.id) ?? []), [groups, kindById]);
  const people = useMemo(() => peopleIn(dataset.events), [dataset]);
  const span = useMemo(() => storySpan(dataset), [dataset]);
  const selected = dataset.events.find((e) => e.id === selectedId) ?? null;

  const close = useCallback(() => {
    if (!selectedId) return;
    const inDetails = document.getElementById('event-details')?.contains(document.activeElement);
    select(null);
    // Focus must not be lost with the panel: return it to the event's entry in the list.
    if (inDetails || document.activeElement === document.body) {
      document.getElementById(listButtonId(selectedId))?.focus();
    }
  }, [selectedId, select]);

  const selectOnTimeline = useCallback(
    (id: string) => {
      select(id);
      // On a phone the details open below the chart: bring their top into view after a tap.
      requestAnimationFrame(() => {
        const pane = document.getElementById('event-details');
        if (pane && pane.getBoundingClientRect().top > window.innerHeight * 0.75) {
          pane.scrollIntoView({ block: 'start' });
        }
      });
    },
    [select],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // An open article dialog handles its own Escape; the details close only after it.
      if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
      close();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [close]);

  useLayoutEffect(() => {
    // Tells the exported page's static copy that the interactive page has taken over. Before
    // paint, so the static copy leaves in the same frame the app arrives: no layout shift.
    document.documentElement.classList.add('app-ready');
  }, []);

  const readingEvent = reading && dataset.events.find((e) => e.id === reading.eventId);
  const readingEvidence = readingEvent?.evidence[reading?.evidence ?? -1];
  const readingSource =
    readingEvidence && dataset.sources.find((s) => s.id === readingEvidence.source);

  return (
    <main className="page">
      <header className="masthead">
        <p className="kicker">Source-linked timeline</p>
        <h1>{dataset.story.title}</h1>
        <p className="dek">{dataset.story.description}</p>
        <p className="provenance">
          {countNoun(dataset.events.length, 'event')} from{' '}
          {countNoun(dataset.sources.length, 'article')}. Every date shows how it was worked out
          from the text; every event links to the passages it comes from.
        </p>
      </header>
      <Filters
        sources={dataset.sources}
        people={people}
        kinds={kinds}
        filter={filter}
        shown={shown.length}
        total={dataset.events.length}
        onChange={setFilter}
      />
      <div className={`layout${selected ? ' has-details' : ''}`}>
        <Timeline
          items={items}
          groups={groups}
          views={views}
          domain={span}
          kinds={kinds}
          selectedId={selectedId}
          onSelect={selectOnTimeline}
        />
        <aside id="event-details" className="details-pane" aria-label="Event details">
          {selected ? (
            <EventDetails
              key={selected.id}
              event={selected}
              sources={dataset.sources}
              kinds={kindById}
              onClose={close}
              onRead={(evidence) => setReading({ eventId: selected.id, evidence })}
            />
          ) : (
            <p className="details-empty">
              Choose an event on the timeline or in the list to see when it happened, how the date
              was worked out and what each article says.
            </p>
          )}
        </aside>
        <EventList events={shown} kinds={kindById} selectedId={selectedId} onSelect={select} />
      </div>
      <p className="visually-hidden" role="status">
        {selected ? `Showing details: ${selected.title}` : ''}
      </p>
      {readingSource && readingEvidence && (
        <ArticleReader
          source={readingSource}
          evidence={readingEvidence}
          onClose={() => setReading(null)}
        />
      )}
    </main>
  );
}
