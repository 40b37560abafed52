import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { anchorSelectors } from '../anchor/anchorSelectors.ts';
import { chronological } from '../model/chronological.ts';
import { Dataset } from '../model/dataset.ts';
import { exportFormats } from './exportFormats.ts';
import { hostileDataset } from './fixtures/hostileStory.ts';
import { matchGolden } from './fixtures/matchGolden.ts';
import type { WebAnnotation } from '../model/webAnnotation.ts';
import { toWebAnnotations } from './toWebAnnotations.ts';

const hostile = hostileDataset();
const reviewed = Dataset.parse(
  JSON.parse(readFileSync(join(import.meta.dirname, '../dataset/timeline.golden.json'), 'utf8')),
);

/** Finds an annotation's passage in its article from its two selectors and nothing else. */
function reanchor(dataset: Dataset, annotation: WebAnnotation) {
  const source = dataset.sources.find(
    (s) => s.url === annotation.target.source || s.file === annotation.target.source,
  );
  const [quote, position] = annotation.target.selector;
  return source ? anchorSelectors(source.text, { quote, position }) : null;
}

describe('toWebAnnotations', () => {
  it('writes the hostile story exactly as the golden file', () => {
    matchGolden('annotations.golden.jsonld', exportFormats.annotations.render(hostile));
  });

  it('is an AnnotationCollection in the W3C context with one annotation per passage', () => {
    const collection = toWebAnnotations(reviewed);
    const passages = reviewed.events.flatMap((e) => e.evidence);
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(passages.length);
    expect(collection.first.items).toHaveLength(passages.length);
    expect(new Set(collection.first.items.map((a) => a.id)).size).toBe(passages.length);
  });

  for (const [name, dataset] of [
    ['the reviewed story', reviewed],
    ['the hostile story', hostile],
  ] as const) {
    it(`re-anchors every annotation of ${name} from its selectors to the same passage`, () => {
      const passages = chronological(dataset.events).flatMap((event) =>
        event.evidence.map((evidence) => ({ event: event.id, ...evidence })),
      );
      const found = toWebAnnotations(dataset).first.items.map((annotation) => {
        const event = annotation.body[1].id.replace('./#event=', '');
        const at = reanchor(dataset, annotation);
        return { event, start: at?.start, end: at?.end, by: at?.by };
      });
      expect(found).toEqual(
        passages.map((p) => ({ event: p.event, start: p.start, end: p.end, by: 'position' })),
      );
    });
  }

  it('still finds every passage by its quote when the article has moved under it', () => {
    const moved = structuredClone(hostile);
    for (const source of moved.sources) source.text = `Correction: a word added.\n${source.text}`;
    const annotations = toWebAnnotations(hostile).first.items;
    for (const annotation of annotations) {
      const at = reanchor(moved, annotation);
      const [quote] = annotation.target.selector;
      const source =
        moved.sources.find((s) => s.url === annotation.target.source) ??
        moved.sources.find((s) => s.file === annotation.target.source);
      expect(at?.by).toBe('quote');
      expect(source?.text.slice(at!.start, at!.end)).toBe(quote.exact);
    }
  });

  it('counts positions in code points, so the emoji at the start of an article counts once', () => {
    const evidence = hostile.events.find((e) => e.id === 'meeting')!.evidence[0]!;
    const annotation = toWebAnnotations(hostile).first.items.find(
      (a) => a.target.selector[0].exact === evidence.quote,
    )!;
    expect(annotation.target.selector[1]).toEqual({
      type: 'TextPositionSelector',
      start: evidence.start - 1,
      end: evidence.end - 1,
    });
  });

  it('targets the article URL the story records, else the article file', () => {
    const targets = new Set(toWebAnnotations(hostile).first.items.map((a) => a.target.source));
    expect(targets).toEqual(
      new Set(['https://news.example/wire?id=1&lang=en', 'seeds/desk.txt', 'seeds/clock.txt']),
    );
  });

  it('describes the event in words and links it on the page beside the file', () => {
    const annotation = toWebAnnotations(hostile).first.items.find((a) =>
      a.body[1].id.endsWith('=geneva'),
    )!;
    expect(annotation.motivation).toBe('linking');
    expect(annotation.body[0].value).toBe('=HYPERLINK("https://evil.example") Geneva (June 2021)');
    expect(annotation.body[1]).toMatchObject({ id: './#event=geneva', 'dcterms:date': '2021-06' });
  });
});
