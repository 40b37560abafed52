import { z } from 'zod/mini';
import { Dataset } from '../model/dataset.ts';

/** Where timeline.schema.json sits beside timeline.json. */
export const schemaFile = 'timeline.schema.json';

/**
 * The JSON Schema (draft 2020-12) of timeline.json, generated from the same zod schema that
 * validates what the build writes and what the page loads, so it cannot drift from them. JSON
 * Schema cannot say what the checks across fields say (quotes slice back from their offsets,
 * dates run forward, days exist on the calendar), so the description names them.
 */
export function timelineSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(Dataset, { io: 'output', target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: schemaFile,
    title: 'Sourceline timeline.json',
    description:
      'A source-linked, date-checked timeline. Beyond this schema, a valid file also has: ' +
      'text.slice(start, end) === quote for every evidence, in the text of the source it names; ' +
      'date.start on or before date.end; and calendar dates that exist (no 30 February).',
    ...rest,
  };
}
