import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildFailure } from './BuildProblem.ts';
import { checkBuiltDataset } from './checkBuiltDataset.ts';
import { formatProblem } from './formatProblem.ts';

type Json = Record<string, unknown> & {
  story: Record<string, unknown>;
  sources: Record<string, unknown>[];
  events: (Record<string, unknown> & { date: Record<string, unknown> })[];
};

/** The reviewed dataset of this repository's story, to be broken one field at a time. */
function golden(): Json {
  return JSON.parse(
    readFileSync(join(import.meta.dirname, 'timeline.golden.json'), 'utf8'),
  ) as Json;
}

function refusal(candidate: unknown): string[] {
  try {
    checkBuiltDataset(candidate, 'public/timeline.json');
  } catch (error) {
    if (error instanceof BuildFailure) return error.problems.map(formatProblem);
    throw error;
  }
  throw new Error('expected the dataset to be refused');
}

/** The message a refusal should print: the build's headline, then where, expected and found. */
function message(at: string, expected: string, found: string): string {
  return [
    '✖ the built dataset fails its own schema (a bug in the build)',
    `  at public/timeline.json › ${at}`,
    `  expected: ${expected}`,
    `  found:    ${found}`,
  ].join('\n');
}

describe('checkBuiltDataset', () => {
  it('passes the dataset the build writes', () => {
    expect(checkBuiltDataset(golden(), 'public/timeline.json').events).toHaveLength(
      golden().events.length,
    );
  });

  it('names the event and the field a broken dataset fails on, in the build’s words', () => {
    const dataset = golden();
    const event = dataset.events[2]!;
    event.status = 'rumoured';
    expect(refusal(dataset)).toEqual([
      message(
        `event "${String(event.id)}" › status`,
        'one of "happened", "scheduled", "possible"',
        '"rumoured"',
      ),
    ]);
  });

  it('names an article by its id and the story as the story', () => {
    const dataset = golden();
    const source = dataset.sources[1]!;
    delete source.published;
    dataset.story.title = '';
    expect(refusal(dataset)).toEqual([
      message('story › title', 'at least 1 character', '""'),
      message(`article "${String(source.id)}" › published`, 'a value of type string', 'nothing'),
    ]);
  });

  it('words a rule of the dataset as the rule says it', () => {
    const dataset = golden();
    const event = dataset.events[0]!;
    const evidence = (event.evidence as Record<string, unknown>[])[0]!;
    evidence.start = Number(evidence.start) + 1;
    expect(refusal(dataset)).toContainEqual(
      message(
        `event "${String(event.id)}" › evidence[0].start`,
        'offsets do not hold: text.slice(start, end) differs from quote',
        String(evidence.start),
      ),
    );
  });
});
