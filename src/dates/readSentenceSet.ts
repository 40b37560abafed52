import { describeFoundField, SENTENCE_FIELD_EXPECTED, type DateIssue } from './messages.ts';
import { phraseStart } from './phraseStart.ts';
import { SentenceCase } from './SentenceCase.ts';

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * Reads a sentence set (one `SentenceCase` a line; blank lines skipped). Every line that cannot be
 * read, every field that is not what the schema asks and every phrase not in its sentence is a
 * problem of its own, so a set is mended in one pass; the lines that can be read are still given.
 */
export function readSentenceSet(
  path: string,
  content: string,
): { cases: SentenceCase[]; problems: DateIssue[] } {
  const cases: SentenceCase[] = [];
  const problems: DateIssue[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      problems.push({ code: 'sentence-set-not-json', path, line });
      return;
    }
    const parsed = SentenceCase.safeParse(json);
    if (!parsed.success) {
      const rawId = valueAt(json, ['id']);
      const id = typeof rawId === 'string' && rawId !== '' ? rawId : null;
      for (const issue of parsed.error.issues) {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        problems.push({
          code: 'sentence-set-field',
          path,
          line,
          id,
          field: [...issue.path, ...keys].join('.'),
          expected: keys.length > 0 ? SENTENCE_FIELD_EXPECTED.noSuchField : issue.message,
          found:
            keys.length > 0
              ? describeFoundField(valueAt(json, [...issue.path, keys[0]!]))
              : describeFoundField(valueAt(json, issue.path)),
        });
      }
      return;
    }
    const item = parsed.data;
    const missing = item.expect.filter((e) => phraseStart(item.text, e.phrase, e.occurrence) < 0);
    for (const e of missing) {
      problems.push({
        code: 'sentence-set-no-phrase',
        path,
        line,
        id: item.id,
        phrase: e.phrase,
        occurrence: e.occurrence,
      });
    }
    if (missing.length === 0) cases.push(item);
  });
  return { cases, problems };
}
