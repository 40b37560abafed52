import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeDateIssue } from './messages.ts';
import { readSentenceSet } from './readSentenceSet.ts';

const SETS = new URL('../../data/bench/sentences/', import.meta.url);
const files = readdirSync(SETS).filter((name) => name.endsWith('.jsonl'));

describe('the sentence sets kept in data/bench/sentences', () => {
  it('are there to be scored', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s reads with no line that cannot be scored', (name) => {
    const { cases, problems } = readSentenceSet(name, readFileSync(new URL(name, SETS), 'utf8'));
    expect(problems.map(describeDateIssue)).toEqual([]);
    expect(cases.length).toBeGreaterThan(0);
  });
});
