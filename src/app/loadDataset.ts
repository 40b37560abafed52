import { Dataset } from '../model/dataset.ts';
import { expectedBySchema, shownValue } from '../model/describeSchemaMismatch.ts';
import { fieldPath, schemaMismatches } from '../model/schemaMismatch.ts';

/** Why the page cannot show the timeline, worded for the journalist who has to fix it. */
export class DatasetError extends Error {
  override name = 'DatasetError';
}

async function readJson(doc: Document): Promise<{ json: unknown; from: string }> {
  // An exported page carries its data inline, so it works from a CMS without a second request.
  const inline = doc.querySelector('script[type="application/json"]#sourceline-data');
  if (inline) {
    try {
      return { json: JSON.parse(inline.textContent ?? ''), from: 'the page’s embedded data' };
    } catch (error) {
      throw new DatasetError(`The page’s embedded data is not valid JSON: ${String(error)}`);
    }
  }
  const url = './timeline.json';
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DatasetError(`Could not load ${url}: ${String(error)}`);
  }
  if (!response.ok) {
    throw new DatasetError(
      `Could not load ${url} (HTTP ${response.status}). Run \`npm run data\` to build it.`,
    );
  }
  try {
    return { json: await response.json(), from: url };
  } catch (error) {
    throw new DatasetError(`${url} is not valid JSON: ${String(error)}`);
  }
}

/**
 * The dataset the page shows: the inline `#sourceline-data` script when the page has one,
 * otherwise `./timeline.json` next to the page. Validated with the same schema the pipeline
 * wrote it with; a mismatch is reported with the path of every problem.
 */
export async function loadDataset(doc: Document = document): Promise<Dataset> {
  const { json, from } = await readJson(doc);
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) {
    const lines = schemaMismatches(parsed.error, json).map(
      ({ path, issue, found }) =>
        `  at ${fieldPath(path) || '(the whole file)'}: expected ${expectedBySchema(issue)}, found ${shownValue(found)}`,
    );
    throw new DatasetError(
      [
        `The timeline data in ${from} does not match the schema (run \`npm run data\` again):`,
        ...lines,
      ].join('\n'),
    );
  }
  return parsed.data;
}
