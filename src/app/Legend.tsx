import type { StoryKind } from '../model/story.ts';
import { kindClass } from './kindClass.ts';

/** The key to the timeline: what the colours, outlines and hatching mean. */
export function Legend({ kinds }: { kinds: readonly StoryKind[] }) {
  return (
    <div className="legend" aria-label="Key to the timeline" role="group">
      <ul className="legend-kinds">
        {kinds.map((kind) => (
          <li key={kind.id} className={kindClass(kind, kind.id)}>
            <span className="swatch" aria-hidden="true" />
            {kind.label}
          </li>
        ))}
      </ul>
      <ul className="legend-styles">
        <li>
          <span className="sample sample-happened" aria-hidden="true" />
          Happened
        </li>
        <li>
          <span className="sample sample-scheduled" aria-hidden="true" />
          Scheduled (dashed)
        </li>
        <li>
          <span className="sample sample-possible" aria-hidden="true" />
          Possible (dotted)
        </li>
        <li>
          <span className="sample sample-imprecise" aria-hidden="true" />
          Day not known: only the week, month, year or a span it falls in (hatched)
        </li>
      </ul>
    </div>
  );
}
