import { format, resolveConfig } from 'prettier';

/**
 * Data files as the project's formatter writes them (objects one key a line, short arrays of
 * names on one line), so a file the editor saves differs from the one on disk only where the
 * content changed, and `npm run format:check` stays quiet. `configFrom` is a path in the project
 * whose Prettier settings apply.
 */
export async function formatDataJson(json: unknown, configFrom: string): Promise<string> {
  const options = (await resolveConfig(configFrom)) ?? {};
  return format(JSON.stringify(json, null, 2), { ...options, parser: 'json' });
}
