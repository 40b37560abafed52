import { useState } from 'react';
import type { AuthoredEvent } from './AuthoredEvent.ts';
import { LabelledSelect } from './LabelledSelect.tsx';

/** Choose another event, then act on it: merge into it, move a passage to it. */
export function EventTarget({
  id,
  label,
  action,
  events,
  busy,
  onAct,
}: {
  id: string;
  label: string;
  action: string;
  events: AuthoredEvent[];
  busy: boolean;
  onAct: (target: string) => void;
}) {
  const [target, setTarget] = useState('');
  return (
    <div className="editor-row event-target">
      <LabelledSelect
        id={id}
        label={label}
        value={target}
        empty="choose an event…"
        options={events.map((event) => ({ value: event.id, label: event.title }))}
        onChange={setTarget}
      />
      <button type="button" disabled={busy || !target} onClick={() => onAct(target)}>
        {action}
      </button>
    </div>
  );
}
