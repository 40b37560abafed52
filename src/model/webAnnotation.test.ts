import { describe, expect, it } from 'vitest';
import { AnnotationCollection } from './webAnnotation.ts';

describe('AnnotationCollection', () => {
  it('refuses a collection in another context', () => {
    const collection = {
      '@context': 'https://example.org/other.jsonld',
      id: 'annotations.jsonld',
      type: 'AnnotationCollection',
      label: 'l',
      total: 0,
      first: { id: 'p', type: 'AnnotationPage', startIndex: 0, items: [] },
    };
    expect(AnnotationCollection.safeParse(collection).success).toBe(false);
    const w3c = { ...collection, '@context': 'http://www.w3.org/ns/anno.jsonld' };
    expect(AnnotationCollection.safeParse(w3c).success).toBe(true);
  });
});
