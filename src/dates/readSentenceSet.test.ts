import { describe, expect, it } from 'vitest';
import { describeDateIssue } from './messages.ts';
import { readSentenceSet } from './readSentenceSet.ts';

const good = JSON.stringify({
  id: 'a-1',
  published: '2026-03-11',
  text: 'The clinic opens on Friday.',
  expect: ['Friday = 2026-03-13'],
});

describe('readSentenceSet', () => {
  it('reads every line and skips blank ones', () => {
    const { cases, problems } = readSentenceSet('set.jsonl', `${good}\n\n${good}\n`);
    expect(cases.map((c) => c.id)).toEqual(['a-1', 'a-1']);
    expect(problems).toEqual([]);
  });

  it('names the file and line of a line that is not JSON, and still reads the others', () => {
    const { cases, problems } = readSentenceSet('set.jsonl', `{"id":\n${good}`);
    expect(cases).toHaveLength(1);
    expect(problems.map(describeDateIssue)).toEqual([
      'set.jsonl:1: expected a JSON object {"id","published","locale","text","expect"}, found text that is not JSON',
    ]);
  });

  it('names the record, the field, what was expected and what was found', () => {
    const bad = JSON.stringify({
      id: 'a-2',
      published: '2026-02-30',
      text: 'The clinic opens on Friday.',
      expect: ['Friday 2026-03-13'],
      note: 3,
    });
    const { cases, problems } = readSentenceSet('set.jsonl', bad);
    expect(cases).toEqual([]);
    expect(problems.map(describeDateIssue).sort()).toEqual([
      'set.jsonl:1 (a-2): field expect.0: expected an expectation "phrase = VALUE", found "Friday 2026-03-13"',
      'set.jsonl:1 (a-2): field note: expected no such field, found a number',
      'set.jsonl:1 (a-2): field published: expected a day that exists on the calendar, found "2026-02-30"',
    ]);
  });

  it('names a sentence with no expectation, or with an empty id or text', () => {
    const empty = JSON.stringify({ id: '', published: '2026-03-11', text: '', expect: [] });
    const { cases, problems } = readSentenceSet('set.jsonl', empty);
    expect(cases).toEqual([]);
    expect(problems.map(describeDateIssue).sort()).toEqual([
      'set.jsonl:1: field expect: expected at least one expectation, found an empty array',
      'set.jsonl:1: field id: expected an id that is not empty, found ""',
      'set.jsonl:1: field text: expected a sentence that is not empty, found ""',
    ]);
  });

  it('reports a phrase that is not in its sentence, or not as often as its "#N" asks', () => {
    const line = JSON.stringify({
      id: 'a-3',
      published: '2026-03-11',
      text: 'The clinic opens on Friday.',
      expect: ['Monday = 2026-03-16', 'Friday#2 = 2026-03-13'],
    });
    const { cases, problems } = readSentenceSet('set.jsonl', line);
    expect(cases).toEqual([]);
    expect(problems.map(describeDateIssue)).toEqual([
      'set.jsonl:1 (a-3): expect: expected "Monday" in the text, found it nowhere',
      'set.jsonl:1 (a-3): expect: expected "Friday" in the text 2 times, found it fewer times',
    ]);
  });
});
