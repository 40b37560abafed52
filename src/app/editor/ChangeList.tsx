import { changesSince, type Change } from './changesSince.ts';
import type { StoryEditor } from './useStoryEditor.ts';

function describe(change: Change): string {
  switch (change.kind) {
    case 'added':
      return `Added “${change.title}”`;
    case 'removed':
      return `Removed “${change.title}”`;
    case 'accepted':
      return `Accepted “${change.title}”${change.fields.length ? ` (edited: ${change.fields.join(', ')})` : ''}`;
    case 'changed':
      return `Edited “${change.title}”: ${change.fields.join(', ')}`;
  }
}

/** What changed in data/events.json since the page was opened. */
export function ChangeList({ editor }: { editor: StoryEditor }) {
  const changes = editor.opened && editor.events ? changesSince(editor.opened, editor.events) : [];
  return (
    <details className="changes">
      <summary>Changes since you opened the page ({changes.length})</summary>
      {changes.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul>
          {changes.map((change) => (
            <li key={`${change.kind}:${change.id}`}>{describe(change)}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
