import type { Dataset } from '../model/dataset.ts';
import { EventKind } from '../model/event.ts';
import type { EventFilter } from './filterEvents.ts';
import { noFilter } from './filterEvents.ts';
import { kindNames } from './kindNames.ts';
import { sourceName } from './sourceName.ts';

interface Props {
  sources: Dataset['sources'];
  people: readonly string[];
  kinds: readonly EventKind[];
  filter: EventFilter;
  shown: number;
  total: number;
  onChange: (filter: EventFilter) => void;
}

const any = '';

/** Narrow the story by article, person, kind and words; the timeline and list both follow. */
export function Filters({ sources, people, kinds, filter, shown, total, onChange }: Props) {
  const active =
    filter.source !== null || filter.person !== null || filter.kind !== null || filter.query !== '';
  return (
    <form className="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>Search</span>
        <input
          type="search"
          name="query"
          value={filter.query}
          placeholder="Titles, summaries, quotes"
          onChange={(e) => onChange({ ...filter, query: e.target.value })}
        />
      </label>
      <label>
        <span>Article</span>
        <select
          name="source"
          value={filter.source ?? any}
          onChange={(e) => onChange({ ...filter, source: e.target.value || null })}
        >
          <option value={any}>All articles</option>
          {sources.map((source) => (
            <option key={source.id} value={source.id}>
              {sourceName(source)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Person</span>
        <select
          name="person"
          value={filter.person ?? any}
          onChange={(e) => onChange({ ...filter, person: e.target.value || null })}
        >
          <option value={any}>Everyone</option>
          {people.map((person) => (
            <option key={person} value={person}>
              {person}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>Kind</span>
        <select
          name="kind"
          value={filter.kind ?? any}
          onChange={(e) => {
            const kind = EventKind.safeParse(e.target.value);
            onChange({ ...filter, kind: kind.success ? kind.data : null });
          }}
        >
          <option value={any}>All kinds</option>
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {kindNames[kind]}
            </option>
          ))}
        </select>
      </label>
      <p className="filter-count" role="status">
        {shown === total ? `${total} events` : `${shown} of ${total} events`}
        {active && (
          <button type="button" className="link-button" onClick={() => onChange(noFilter)}>
            Clear filters
          </button>
        )}
      </p>
    </form>
  );
}
