import { describe, expect, it } from 'vitest';
import { defaultKinds } from '../model/defaultKinds.ts';
import { buildDataset } from './buildDataset.ts';
import { fixtureEvents, fixtureInputs } from './fixtures/inputs.ts';
import { problemsOf } from './fixtures/problemsOf.ts';
import { formatProblem } from './formatProblem.ts';
import type { Inputs } from './readInputs.ts';

function withStory(story: unknown): Inputs {
  const inputs = fixtureInputs();
  inputs.story = { file: 'data/story.json', json: story };
  return inputs;
}

describe('a story that lists no kinds', () => {
  it('uses the default kinds, each with a colour, in their order', () => {
    const { dataset } = buildDataset(fixtureInputs());
    expect(dataset.story.kinds.map((k) => k.id)).toEqual(defaultKinds.map((k) => k.id));
    expect(dataset.story.kinds.every((k) => k.color.length > 0)).toBe(true);
  });

  it('needs no description', () => {
    const { dataset } = buildDataset(withStory({ title: 'A story' }));
    expect(dataset.story.description).toBe('');
  });
});

describe('a story that lists its own kinds', () => {
  const kinds = [
    { id: 'meeting', label: 'Meeting', color: 'teal' },
    { id: 'attack', label: 'Strike' },
  ];

  it('keeps its labels and colours, and gives a colour to a kind without one', () => {
    const { dataset } = buildDataset(withStory({ title: 'A story', kinds }));
    expect(dataset.story.kinds).toEqual([
      { id: 'meeting', label: 'Meeting', color: 'teal' },
      { id: 'attack', label: 'Strike', color: 'green' },
    ]);
  });

  it('refuses an event whose kind the list does not name, listing the kinds it has', () => {
    const inputs = withStory({ title: 'A story', kinds: [kinds[0]] });
    const [problem, ...rest] = problemsOf(inputs);
    expect(rest).toEqual([]);
    expect(formatProblem(problem!)).toBe(
      [
        '✖ unknown kind',
        '  at data/events.json › event "invasion" › kind',
        "  expected: one of the story's kinds: meeting",
        '  found:    "attack"',
        '  List the kind in data/story.json "kinds" (id and label), or use one of these.',
      ].join('\n'),
    );
  });

  it('refuses a kind listed twice', () => {
    const problems = problemsOf(withStory({ title: 'A story', kinds: [...kinds, kinds[0]] }));
    expect(problems.map((p) => [p.code, p.file, p.field])).toEqual([
      ['duplicate-kind', 'data/story.json', 'kinds[2].id'],
    ]);
  });

  it('refuses a malformed kind list with the field and what was expected', () => {
    const problems = problemsOf(
      withStory({ title: 'A story', kinds: [{ id: 'Big Meeting', label: '', color: 'pink' }] }),
    );
    const fields = problems.map((p) => p.field);
    expect(fields).toEqual(['kinds[0].id', 'kinds[0].label', 'kinds[0].color']);
    expect(problems.every((p) => p.file === 'data/story.json')).toBe(true);
    expect(formatProblem(problems[2]!)).toContain('"blue"');
  });

  it('refuses an empty kind list', () => {
    const problems = problemsOf(withStory({ title: 'A story', kinds: [] }));
    expect(problems.map((p) => p.field)).toEqual(['kinds']);
  });
});

describe('drafts', () => {
  it('carries "draft": true into timeline.json and leaves reviewed events unmarked', () => {
    const inputs = fixtureInputs();
    fixtureEvents(inputs).find((e) => e.id === 'geneva')!.draft = true;
    fixtureEvents(inputs).find((e) => e.id === 'talks')!.draft = false;
    const { dataset } = buildDataset(inputs);
    const draft = Object.fromEntries(dataset.events.map((e) => [e.id, e.draft]));
    expect(draft).toEqual({ geneva: true, talks: undefined, invasion: undefined });
    expect('draft' in dataset.events.find((e) => e.id === 'talks')!).toBe(false);
  });
});

describe('minimal article records', () => {
  it('need only the publication date; locale defaults to en-US and the rest to empty', () => {
    const inputs = fixtureInputs();
    const sources = inputs.sources.json as Record<string, unknown>;
    sources.a = { published: { date: '2025-08-07' } };
    const { dataset } = buildDataset(inputs);
    const a = dataset.sources.find((s) => s.id === 'a')!;
    expect(a).toMatchObject({
      outlet: null,
      byline: null,
      credits: [],
      locale: 'en-US',
      published: '2025-08-07',
      publishedReasoning: [],
    });
  });
});
