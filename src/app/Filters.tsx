import type { Dataset } from '../model/dataset.ts';
import type { StoryKind } from '../model/story.ts';
import { FilterSelect } from './FilterSelect.tsx';
import type { EventFilter } from './filterEvents.ts';
import { noFilter } from './filterEvents.ts';
import { sourceName } from '../model/sourceName.ts';

interface Props {
  sources: Dataset['sources'];
  people: readonly string[];
  kinds: readonly StoryKind[];
  filter: EventFilter;
  shown: number;
  total: number;
  onChange: (filter: EventFilter) => void;
}

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
      <FilterSelect
        label="Article"
        name="source"
        everything="All articles"
        value={filter.source}
        options={sources.map((source) => ({ value: source.id, label: sourceName(source) }))}
        onChange={(source) => onChange({ ...filter, source })}
      />
      <FilterSelect
        label="Person"
        name="person"
        everything="Everyone"
        value={filter.person}
        options={people.map((person) => ({ value: person, label: person }))}
        onChange={(person) => onChange({ ...filter, person })}
      />
      <FilterSelect
        label="Kind"
        name="kind"
        everything="All kinds"
        value={filter.kind}
        options={kinds.map((kind) => ({ value: kind.id, label: kind.label }))}
        onChange={(kind) => onChange({ ...filter, kind })}
      />
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
