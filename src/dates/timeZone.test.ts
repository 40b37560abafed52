import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { findMentions } from './findMentions.ts';
import { resolveExpression } from './resolveExpression.ts';

// Calendar dates are local dates built from their parts; changing the process time zone must
// not move any of them. Node re-reads process.env.TZ whenever it is assigned.
const ZONES = [
  'UTC',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Europe/London',
];
const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

const seedsDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir).map((name) => readFileSync(new URL(name, seedsDir), 'utf8'));

function everything() {
  return {
    seeds: seeds.map((text, i) =>
      findMentions(
        text,
        i === 3
          ? { published: '2025-08-07', locale: 'en-GB' }
          : { published: '2025-08-06', locale: 'en-US' },
      ),
    ),
    // A publication date on the night DST starts or ends in many zones.
    dst: findMentions('Talks ended yesterday and resume on Monday, the day after tomorrow.', {
      published: '2025-03-30',
      locale: 'en-GB',
    }),
    anchored: resolveExpression(
      'eight months before the invasion',
      { start: 0, end: 19 },
      { published: '2021-06-16', locale: 'en-US', anchor: '2021-06' },
    ),
  };
}

describe('time zones', () => {
  it('gives the same mentions whatever the process time zone', () => {
    process.env.TZ = 'UTC';
    const reference = everything();
    expect(new Date(2025, 0, 1).getTimezoneOffset()).toBe(0);
    for (const zone of ZONES) {
      process.env.TZ = zone;
      expect(everything(), zone).toEqual(reference);
    }
  });

  it('really changes the zone between runs, so the comparison above means something', () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const kiritimati = new Date(2025, 0, 1).getTimezoneOffset();
    process.env.TZ = 'Pacific/Pago_Pago';
    expect(new Date(2025, 0, 1).getTimezoneOffset()).not.toBe(kiritimati);
  });

  it('reads the day before a DST change as the calendar day, not an instant', () => {
    process.env.TZ = 'Europe/London';
    const [yesterday] = findMentions('It ended yesterday.', {
      published: '2025-03-30',
      locale: 'en-GB',
    });
    expect(yesterday!.value).toBe('2025-03-29');
  });
});
