import type { EventKind } from '../model/event.ts';
import { kindNames } from './kindNames.ts';

/** The key to the timeline: what the colours, outlines and hatching mean. */
export function Legend({ kinds }: { kinds: readonly EventKind[] }) {
  return (
    <div className="legend" aria-label="Key to the timeline" role="group">
      <ul className="legend-kinds">
        {kinds.map((kind) => (
          <li key={kind} className={`kind-${kind}`}>
            <span className="swatch" aria-hidden="true" />
            {kindNames[kind]}
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
          Only the week, month or year is known (hatched)
        </li>
      </ul>
    </div>
  );
}
