import { Dataset } from '../model/dataset.ts';
import { fieldPath, schemaMismatches } from '../model/schemaMismatch.ts';
import { BuildFailure, type ProblemPlace } from './BuildProblem.ts';
import { idOf } from './readEventRecords.ts';

/** `events[3].date.start` as the other messages name it: event "geneva" › date.start. */
function placeIn(candidate: unknown, path: PropertyKey[]): Omit<ProblemPlace, 'file'> {
  const [top, index, ...rest] = path;
  const json = (candidate ?? {}) as Record<string, unknown>;
  const field = (keys: PropertyKey[]) => (keys.length > 0 ? fieldPath(keys) : undefined);
  if ((top === 'events' || top === 'sources') && index !== undefined) {
    const list = json[top];
    const id = idOf(Array.isArray(list) ? (list[Number(index)] as unknown) : undefined);
    const noun = top === 'events' ? 'event' : 'article';
    return {
      record: id === undefined ? `${noun} ${String(index)}` : `${noun} "${id}"`,
      field: field(rest),
    };
  }
  if (top === 'story') return { record: 'story', field: field(path.slice(1)) };
  return { field: field(path) };
}

/**
 * The build's own check of the dataset it is about to write, against the schema the page loads
 * it with. A refusal is a bug in the build, never in the inputs, but it is worded as the other
 * problems are (record, field, expected, found), so the bug report names what went wrong.
 */
export function checkBuiltDataset(candidate: unknown, file: string): Dataset {
  const checked = Dataset.safeParse(candidate);
  if (checked.success) return checked.data;
  throw new BuildFailure(
    schemaMismatches(checked.error, candidate).map(({ path, issue, found }) => ({
      code: 'invalid-dataset',
      file,
      ...placeIn(candidate, path),
      issue,
      found,
    })),
  );
}
