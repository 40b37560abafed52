import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../model/dataset.ts';
import { exportFormats } from './exportFormats.ts';
import { hostileDataset } from './fixtures/hostileStory.ts';
import { matchGolden } from './fixtures/matchGolden.ts';
import { timelineSchema } from './timelineSchema.ts';

const reviewed = JSON.parse(
  readFileSync(join(import.meta.dirname, '../dataset/timeline.golden.json'), 'utf8'),
) as Dataset;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(timelineSchema());

/** What Ajv refuses in `json`, as "path: message" lines; empty when it accepts it. */
function refusals(json: unknown): string[] {
  validate(json);
  return (validate.errors ?? []).map((e) => `${e.instancePath}: ${e.message}`);
}

describe('timelineSchema', () => {
  it('is generated from the zod schemas as the golden file holds it', () => {
    matchGolden('timeline.schema.golden.json', exportFormats.schema.render(reviewed));
  });

  it('accepts the reviewed timeline.json', () => {
    expect(refusals(reviewed)).toEqual([]);
  });

  it('accepts a date with a clock time and the zone its words name', () => {
    const clocked = hostileDataset();
    expect(clocked.events.some((e) => e.date.zone !== undefined)).toBe(true);
    expect(refusals(JSON.parse(JSON.stringify(clocked)))).toEqual([]);
  });

  it('refuses a field of the wrong type', () => {
    const broken = structuredClone(reviewed);
    (broken.events[0] as unknown as { title: number }).title = 42;
    expect(refusals(broken)).toEqual(['/events/0/title: must be string']);
  });

  it('refuses an unknown field, a missing one, and a kind of date it does not know', () => {
    const broken = structuredClone(reviewed) as unknown as {
      story: Record<string, unknown>;
      sources: Record<string, unknown>[];
      events: { date: Record<string, unknown> }[];
    };
    broken.story.titel = 'typo';
    delete broken.sources[0]!.text;
    broken.events[0]!.date.granularity = 'fortnight';
    expect(refusals(broken)).toEqual([
      '/story: must NOT have additional properties',
      "/sources/0: must have required property 'text'",
      '/events/0/date/granularity: must be equal to one of the allowed values',
    ]);
  });

  it('refuses an article address that is not an http or https URL', () => {
    const broken = structuredClone(reviewed);
    (broken.sources[0] as { url?: string }).url = 'javascript:alert(1)';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.keyword])).toEqual([
      ['/sources/0/url', 'pattern'],
    ]);
  });

  it('refuses a date that is not written YYYY-MM-DD', () => {
    const broken = structuredClone(reviewed);
    broken.events[0]!.date.start = '20/01/2017';
    expect(refusals(broken)).toEqual([
      '/events/0/date/start: must match pattern "^\\d{4}-\\d{2}-\\d{2}$"',
    ]);
  });
});
