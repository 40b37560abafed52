import { toCodePointOffset } from '../anchor/codePointOffsets.ts';
import { chronological } from '../model/chronological.ts';
import type { Dataset } from '../model/dataset.ts';
import {
  AnnotationCollection,
  annotationContext,
  type WebAnnotation,
} from '../model/webAnnotation.ts';

/** Where annotations.jsonld sits beside the page; every relative IRI in it is read against it. */
export const annotationsFile = 'annotations.jsonld';

/**
 * One W3C Web Annotation per passage: the target is the article (its URL where the story
 * records one, else its file name) narrowed by a TextQuoteSelector and a TextPositionSelector;
 * the body is the event it evidences, described in words and linked as `./#event=<id>` (the page
 * beside this file). Positions count code points, as the Web Annotation model requires, where the
 * dataset counts UTF-16 code units; the two differ only after characters such as emoji.
 */
export function toWebAnnotations(dataset: Dataset): AnnotationCollection {
  const sources = new Map(dataset.sources.map((source) => [source.id, source]));
  const items = chronological(dataset.events).flatMap((event) =>
    event.evidence.map((evidence, index): WebAnnotation => {
      const source = sources.get(evidence.source);
      const text = source?.text ?? '';
      return {
        id: `#${event.id}.${index + 1}`,
        type: 'Annotation',
        motivation: 'linking',
        body: [
          {
            type: 'TextualBody',
            purpose: 'describing',
            format: 'text/plain',
            value: `${event.title} (${event.date.label})`,
          },
          {
            id: `./#event=${event.id}`,
            type: 'Text',
            format: 'text/html',
            title: event.title,
            'dcterms:date': event.date.value,
          },
        ],
        target: {
          source: source?.url ?? source?.file ?? evidence.source,
          selector: [
            {
              type: 'TextQuoteSelector',
              exact: evidence.quote,
              prefix: evidence.prefix,
              suffix: evidence.suffix,
            },
            {
              type: 'TextPositionSelector',
              start: toCodePointOffset(text, evidence.start),
              end: toCodePointOffset(text, evidence.end),
            },
          ],
        },
      };
    }),
  );
  // Checked against the format's schema, as the dataset is, before anything is written.
  return AnnotationCollection.parse({
    '@context': annotationContext,
    id: annotationsFile,
    type: 'AnnotationCollection',
    label: dataset.story.title,
    total: items.length,
    first: { id: `${annotationsFile}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  });
}
