import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDataJson } from './formatDataJson.ts';

const project = join(import.meta.dirname, '..', '..');

describe('formatDataJson', () => {
  it('writes the project’s own data files back byte for byte', async () => {
    for (const name of ['events.json', 'sources.json', 'story.json']) {
      const file = join(project, 'data', name);
      const text = readFileSync(file, 'utf8');
      expect(await formatDataJson(JSON.parse(text), file)).toBe(text);
    }
  });

  it('keeps a short list of names on one line and every object open', async () => {
    const json = [{ id: 'a', people: ['Steve Witkoff'], when: { expression: 'Wednesday' } }];
    expect(await formatDataJson(json, join(project, 'data', 'events.json'))).toBe(
      `[
  {
    "id": "a",
    "people": ["Steve Witkoff"],
    "when": {
      "expression": "Wednesday"
    }
  }
]
`,
    );
  });
});
