import { z } from 'zod/mini';
import { TextPositionSelector, TextQuoteSelector } from './event.ts';

/** The W3C Web Annotation JSON-LD context. */
export const annotationContext = 'http://www.w3.org/ns/anno.jsonld';

/**
 * One W3C Web Annotation as annotations.jsonld holds it: a passage of an article (the target,
 * with a quote and a position selector) linked to the event it evidences (the body).
 */
export const WebAnnotation = z.strictObject({
  id: z.string().check(z.minLength(1)),
  type: z.literal('Annotation'),
  motivation: z.literal('linking'),
  body: z.tuple([
    z.strictObject({
      type: z.literal('TextualBody'),
      purpose: z.literal('describing'),
      format: z.literal('text/plain'),
      value: z.string(),
    }),
    z.strictObject({
      id: z.string().check(z.minLength(1)),
      type: z.literal('Text'),
      format: z.literal('text/html'),
      title: z.string(),
      'dcterms:date': z.string(),
    }),
  ]),
  target: z.strictObject({
    source: z.string().check(z.minLength(1)),
    selector: z.tuple([TextQuoteSelector, TextPositionSelector]),
  }),
});
export type WebAnnotation = z.infer<typeof WebAnnotation>;

/** annotations.jsonld: every annotation of the story, in one page of one collection. */
export const AnnotationCollection = z.strictObject({
  '@context': z.literal(annotationContext),
  id: z.string(),
  type: z.literal('AnnotationCollection'),
  label: z.string(),
  total: z.int().check(z.nonnegative()),
  first: z.strictObject({
    id: z.string(),
    type: z.literal('AnnotationPage'),
    startIndex: z.literal(0),
    items: z.array(WebAnnotation),
  }),
});
export type AnnotationCollection = z.infer<typeof AnnotationCollection>;
