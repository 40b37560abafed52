import { describe, expect, it } from 'vitest';
import { buildDataset } from './buildDataset.ts';
import { fixtureEvents, fixtureInputs, fixtureText } from './fixtures/inputs.ts';
import { problemsOf } from './fixtures/problemsOf.ts';
import { formatProblem } from './formatProblem.ts';
import type { Inputs } from './readInputs.ts';

function editEvent(
  inputs: Inputs,
  id: string,
  edit: (event: Record<string, unknown>) => void,
): Inputs {
  const event = fixtureEvents(inputs).find((e) => e.id === id);
  if (!event) throw new Error(`no fixture event ${id}`);
  edit(event);
  return inputs;
}

function firstEvidence(event: Record<string, unknown>): Record<string, unknown> {
  return (event.evidence as Record<string, unknown>[])[0]!;
}

describe('buildDataset with good inputs', () => {
  const { dataset, notices } = buildDataset(fixtureInputs());
  const byId = new Map(dataset.events.map((e) => [e.id, e]));

  it('anchors every quote at offsets that slice back to it', () => {
    const texts = new Map(dataset.sources.map((s) => [s.id, s.text]));
    for (const evidence of dataset.events.flatMap((e) => e.evidence)) {
      expect(texts.get(evidence.source)!.slice(evidence.start, evidence.end)).toBe(evidence.quote);
      expect(evidence.selector[1]).toEqual({
        type: 'TextPositionSelector',
        start: evidence.start,
        end: evidence.end,
      });
    }
  });

  it('dates an event from the words of its first dated quote', () => {
    const talks = byId.get('talks')!;
    expect(talks.date).toMatchObject({
      value: '2025-08-06',
      start: '2025-08-06',
      end: '2025-08-06',
      granularity: 'day',
    });
    expect(talks.date.derivation).toMatchObject({
      kind: 'text',
      source: 'a',
      expression: 'Wednesday',
    });
    const derivation = talks.date.derivation;
    expect(
      derivation.kind === 'text' && fixtureText.a.slice(derivation.start, derivation.end),
    ).toBe('Wednesday');
  });

  it('explains the derivation in one readable line', () => {
    const derivation = byId.get('talks')!.date.derivation;
    expect(derivation.kind === 'text' && derivation.explanation).toBe(
      '“Wednesday”, in an article published Thu 7 Aug 2025 → Wed 6 Aug 2025',
    );
  });

  it('keeps a month as a month', () => {
    expect(byId.get('geneva')!.date).toMatchObject({
      value: '2021-06',
      granularity: 'month',
      start: '2021-06-01',
      end: '2021-06-30',
      label: 'June 2021',
    });
  });

  it('reads "eight months before" the anchor event’s successor from the anchor event', () => {
    const invasion = byId.get('invasion')!;
    expect(invasion.date).toMatchObject({ value: '2022-02', granularity: 'month' });
    expect(invasion.date.derivation).toMatchObject({
      anchor: { kind: 'event', event: 'geneva', value: '2021-06' },
    });
  });

  it('records no disagreement when two articles agree', () => {
    expect(byId.get('talks')!.disagreements).toEqual([]);
    expect(notices).toEqual([]);
  });

  it('orders events by date', () => {
    expect(dataset.events.map((e) => e.id)).toEqual(['geneva', 'invasion', 'talks']);
  });

  it('carries the article records and their text into sources', () => {
    expect(dataset.sources.map((s) => [s.id, s.file, s.published, s.locale])).toEqual([
      ['a', 'seeds/a.txt', '2025-08-07', 'en-US'],
      ['b', 'seeds/b.txt', '2025-08-07', 'en-GB'],
    ]);
    expect(dataset.sources[0]!.text).toBe(fixtureText.a);
  });
});

/** The problem's wording, as the editor will read it. */
function words(inputs: Inputs): string {
  return problemsOf(inputs).map(formatProblem).join('\n');
}

describe('buildDataset with bad inputs', () => {
  it('names the file, record and field of a malformed record, with the allowed values', () => {
    const inputs = editEvent(fixtureInputs(), 'talks', (e) => (e.status = 'rumoured'));
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({
        code: 'invalid-record',
        file: 'data/events.json',
        record: 'event "talks"',
        field: 'status',
        found: 'rumoured',
      }),
    ]);
    expect(words(inputs)).toContain('expected: one of "happened", "scheduled", "possible"');
    expect(words(inputs)).toContain('found:    "rumoured"');
  });

  it('reports a record with a missing field, and nothing that only repeats it', () => {
    const inputs = editEvent(fixtureInputs(), 'geneva', (e) => delete e.title);
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({
        code: 'invalid-record',
        record: 'event "geneva"',
        field: 'title',
        found: undefined,
      }),
    ]);
    expect(words(inputs)).toContain('expected: a value of type string\n  found:    nothing');
  });

  it('names a misspelt field', () => {
    const inputs = editEvent(fixtureInputs(), 'geneva', (e) => (e.summmary = 'typo'));
    expect(words(inputs)).toContain('no field named "summmary" (check the spelling)');
  });

  it('refuses an events file that is not an array', () => {
    const inputs = fixtureInputs();
    inputs.events.json = { events: [] };
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({ code: 'invalid-record', file: 'data/events.json' }),
    ]);
    expect(words(inputs)).toContain('expected: a value of type array of events [ … ]');
  });

  it('refuses an unknown article id and lists the known ones', () => {
    const inputs = editEvent(fixtureInputs(), 'geneva', (e) => (firstEvidence(e).source = 'zz'));
    expect(problemsOf(inputs)[0]).toMatchObject({
      code: 'unknown-source',
      record: 'event "geneva"',
      field: 'evidence[0].source',
      found: 'zz',
    });
    expect(words(inputs)).toContain('expected: one of a, b');
  });

  it('refuses an article record whose seed file is missing', () => {
    const inputs = fixtureInputs();
    inputs.seeds = inputs.seeds.filter((s) => s.id !== 'b');
    expect(problemsOf(inputs)[0]).toMatchObject({
      code: 'missing-file',
      file: 'data/sources.json',
      record: 'article "b"',
    });
    expect(words(inputs)).toContain('expected: the article text at seeds/b.txt');
  });

  it('reports an article whose text is missing once, not again at each quote citing it', () => {
    const inputs = fixtureInputs();
    const cited = fixtureEvents(inputs).filter((e) =>
      (e.evidence as { source: string }[]).some((x) => x.source === 'b'),
    );
    expect(cited.length).toBeGreaterThan(0);
    inputs.seeds = inputs.seeds.filter((s) => s.id !== 'b');
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({ code: 'missing-file', record: 'article "b"' }),
    ]);
  });

  it('reports a seed with no article record once, not again at each quote citing it', () => {
    const inputs = fixtureInputs();
    inputs.seeds.push({ id: 'c', file: 'seeds/c.txt', text: 'Another article.' });
    firstEvidence(fixtureEvents(inputs)[0]!).source = 'c';
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({ code: 'missing-record', record: 'article "c"' }),
    ]);
  });

  it('refuses a seed with no article record', () => {
    const inputs = fixtureInputs();
    inputs.seeds.push({ id: 'c', file: 'seeds/c.txt', text: 'Another article.' });
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({ code: 'missing-record', record: 'article "c"' }),
    ]);
  });

  it('refuses a publication date that does not exist, once, at the article record', () => {
    const inputs = fixtureInputs();
    (inputs.sources.json as Record<string, { published: { date: string } }>).a!.published.date =
      '2025-02-30';
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({
        code: 'invalid-record',
        file: 'data/sources.json',
        record: 'article "a"',
        field: 'published.date',
      }),
    ]);
    expect(words(inputs)).toContain('expected: a day that exists on the calendar');
  });

  it('refuses a quote that is not in the article and suggests the nearest passage', () => {
    const inputs = editEvent(
      fixtureInputs(),
      'geneva',
      (e) => (firstEvidence(e).quote = 'Biden met Putin in Vienna in June 2021'),
    );
    expect(problemsOf(inputs)[0]).toMatchObject({
      code: 'quote-not-found',
      field: 'evidence[0].quote',
      nearest: 'Biden met Putin in Geneva in June 2021',
    });
  });

  it('refuses an ambiguous quote and shows each occurrence', () => {
    const inputs = editEvent(fixtureInputs(), 'talks', (e) => {
      (e.evidence as unknown[])[1] = {
        source: 'b',
        quote: 'Putin on 6/8',
        when: { expression: '6/8' },
      };
    });
    expect(problemsOf(inputs)[0]).toMatchObject({
      code: 'quote-ambiguous',
      field: 'evidence[1].quote',
      occurrences: [expect.any(String), expect.any(String)],
    });
    expect(words(inputs)).toContain(
      'Add "prefix" (text just before) or "suffix" (text just after) to pick one.',
    );
  });

  it('accepts an ambiguous quote once a suffix picks one occurrence', () => {
    const inputs = editEvent(fixtureInputs(), 'talks', (e) => {
      (e.evidence as unknown[])[1] = {
        source: 'b',
        quote: 'Putin on 6/8',
        suffix: ' again',
        when: { expression: '6/8' },
      };
    });
    const evidence = buildDataset(inputs).dataset.events.find((e) => e.id === 'talks')!
      .evidence[1]!;
    expect(evidence.start).toBe(fixtureText.b.lastIndexOf('Putin on 6/8'));
  });

  it('refuses an expression that is not inside its quote', () => {
    const inputs = editEvent(
      fixtureInputs(),
      'geneva',
      (e) => (firstEvidence(e).when = { expression: 'July 2021' }),
    );
    expect(problemsOf(inputs)[0]).toMatchObject({
      code: 'expression-not-in-quote',
      field: 'evidence[0].when.expression',
      times: 0,
    });
  });

  it('finds an expression only as whole words', () => {
    const inputs = editEvent(
      fixtureInputs(),
      'geneva',
      (e) => (firstEvidence(e).when = { expression: 'Gene' }),
    );
    expect(problemsOf(inputs)[0]).toMatchObject({ code: 'expression-not-in-quote', times: 0 });
  });

  it('refuses an expression that does not resolve to a calendar date, with the resolver’s reason', () => {
    const inputs = editEvent(
      fixtureInputs(),
      'talks',
      (e) => (firstEvidence(e).when = { expression: 'Moscow' }),
    );
    expect(problemsOf(inputs)[0]).toMatchObject({
      code: 'expression-unresolved',
      record: 'event "talks"',
      field: 'evidence[0].when.expression',
      expression: 'Moscow',
    });
    expect(words(inputs)).toContain('The resolver says: ');
  });

  it('refuses an editorial date that is not a date', () => {
    const inputs = editEvent(fixtureInputs(), 'geneva', (e) => {
      delete firstEvidence(e).when;
      e.editorialDate = { value: '2025-13', reason: 'test' };
    });
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({
        code: 'editorial-date-invalid',
        field: 'editorialDate.value',
        value: '2025-13',
      }),
    ]);
  });

  it('refuses an editorial span that ends before it starts', () => {
    const inputs = editEvent(fixtureInputs(), 'geneva', (e) => {
      delete firstEvidence(e).when;
      e.editorialDate = { start: '2025-01-01', end: '2017-01-01', reason: 'test' };
    });
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({ code: 'invalid-record', field: 'editorialDate.end' }),
    ]);
    expect(words(inputs)).toContain('expected: a start on or before the end');
  });

  it('refuses a span to an anchor that comes before the words’ date', () => {
    const inputs = editEvent(fixtureInputs(), 'talks', (e) => {
      firstEvidence(e).when = { expression: 'Wednesday', anchor: 'geneva', throughAnchor: true };
    });
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({ code: 'span-reversed', start: '2025-08-06', end: '2021-06-30' }),
    ]);
  });

  it('refuses duplicate event ids', () => {
    const inputs = fixtureInputs();
    const events = fixtureEvents(inputs);
    events.push({ ...events[0]! });
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({ code: 'duplicate-id', record: 'event "talks"', field: 'id' }),
    ]);
  });

  it('refuses an anchor on an event that does not exist', () => {
    const inputs = editEvent(
      fixtureInputs(),
      'invasion',
      (e) => ((firstEvidence(e).when as { anchor: string }).anchor = 'vienna'),
    );
    expect(problemsOf(inputs)[0]).toMatchObject({ code: 'unknown-event', found: 'vienna' });
  });

  it('refuses events that anchor their dates on each other in a circle', () => {
    const inputs = editEvent(fixtureInputs(), 'geneva', (e) => {
      firstEvidence(e).quote = 'in June 2021, eight months before';
      firstEvidence(e).when = { expression: 'eight months before', anchor: 'invasion' };
    });
    expect(problemsOf(inputs)).toContainEqual(
      expect.objectContaining({ code: 'anchor-cycle', cycle: ['geneva', 'invasion', 'geneva'] }),
    );
  });

  it('refuses an event with no date at all', () => {
    const inputs = editEvent(fixtureInputs(), 'geneva', (e) => delete firstEvidence(e).when);
    expect(problemsOf(inputs)[0]).toMatchObject({ code: 'date-missing', record: 'event "geneva"' });
  });

  it('refuses an event with both quoted and editorial dates', () => {
    const inputs = editEvent(
      fixtureInputs(),
      'geneva',
      (e) => (e.editorialDate = { value: '2021-06', reason: 'test' }),
    );
    expect(problemsOf(inputs)[0]).toMatchObject({ code: 'date-twice', record: 'event "geneva"' });
  });

  it('lists every problem at once, not only the first', () => {
    const inputs = editEvent(fixtureInputs(), 'geneva', (e) => (firstEvidence(e).source = 'zz'));
    editEvent(inputs, 'talks', (e) => (e.status = 'rumoured'));
    expect(
      problemsOf(inputs)
        .map((p) => p.code)
        .sort(),
    ).toEqual(['invalid-record', 'unknown-source']);
  });

  it('does not pile quote problems on top of an unusable sources file', () => {
    const inputs = fixtureInputs();
    inputs.sources.json = [];
    expect(problemsOf(inputs)).toEqual([
      expect.objectContaining({ code: 'invalid-record', file: 'data/sources.json' }),
    ]);
  });
});

describe('buildDataset when articles differ', () => {
  it('records a date disagreement between articles and reports it', () => {
    const inputs = editEvent(fixtureInputs(), 'talks', (e) => {
      (e.evidence as unknown[])[1] = {
        source: 'b',
        quote: 'Sanctions are due on 8/8',
        when: { expression: '8/8' },
      };
    });
    const { dataset, notices } = buildDataset(inputs);
    const talks = dataset.events.find((e) => e.id === 'talks')!;
    expect(talks.date.value).toBe('2025-08-06');
    expect(talks.disagreements).toEqual([
      expect.objectContaining({ source: 'b', expression: '8/8', value: '2025-08-08' }),
    ]);
    expect(notices).toEqual([
      expect.objectContaining({
        code: 'date-disagreement',
        record: 'event "talks"',
        field: 'evidence[1].when',
      }),
    ]);
  });

  it('re-anchors a quote after a small correction to the article and says so', () => {
    const inputs = fixtureInputs();
    inputs.seeds[0]!.text = fixtureText.a.replace('met President Putin', 'met president Putin');
    inputs.seeds[0]!.changed = true;
    const { dataset, notices } = buildDataset(inputs);
    const evidence = dataset.events.find((e) => e.id === 'talks')!.evidence[0]!;
    expect(evidence.reanchored).toMatchObject({
      authored: 'met President Putin in Moscow on Wednesday',
    });
    expect(inputs.seeds[0]!.text.slice(evidence.start, evidence.end)).toBe(evidence.quote);
    expect(notices.map((n) => n.code)).toEqual(['reanchored']);
  });
});

describe('formatProblem', () => {
  it('words a missing quote with its place, the expectation, the finding and the nearest passage', () => {
    const inputs = editEvent(
      fixtureInputs(),
      'geneva',
      (e) => (firstEvidence(e).quote = 'Biden met Putin in Vienna in June 2021'),
    );
    expect(formatProblem(problemsOf(inputs)[0]!)).toMatchInlineSnapshot(`
      "✖ quote is not in the article
        at data/events.json › event "geneva" › evidence[0].quote
        expected: words copied exactly from seeds/a.txt
        found:    "Biden met Putin in Vienna in June 2021"
        Nearest passage: "Biden met Putin in Geneva in June 2021""
    `);
  });
});

describe('buildDataset with an event that lasts up to the time of writing', () => {
  it('spans from the words’ date to the publication date', () => {
    const inputs = editEvent(fixtureInputs(), 'talks', (e) => {
      firstEvidence(e).when = { expression: 'Wednesday', throughAnchor: true };
    });
    const talks = buildDataset(inputs).dataset.events.find((e) => e.id === 'talks')!;
    expect(talks.date).toMatchObject({
      value: '2025-08-06/2025-08-07',
      start: '2025-08-06',
      end: '2025-08-07',
      granularity: 'span',
      label: '6 Aug 2025 – 7 Aug 2025',
    });
  });
});

describe('buildDataset sources', () => {
  it('labels each publication date as readers say it', () => {
    const { dataset } = buildDataset(fixtureInputs());
    expect(dataset.sources.map((s) => s.publishedLabel)).toEqual([
      'Thu 7 Aug 2025',
      'Thu 7 Aug 2025',
    ]);
  });
});
