import type { Passage } from '../../model/editorApi.ts';
import type { AuthoredEvidence } from './AuthoredEvent.ts';

/** A selected passage as authored evidence, dated by `expression` when one is chosen. */
export function passageEvidence(passage: Passage, expression: string | null): AuthoredEvidence {
  return {
    source: passage.source,
    quote: passage.quote,
    ...(passage.prefix !== undefined ? { prefix: passage.prefix } : {}),
    ...(passage.suffix !== undefined ? { suffix: passage.suffix } : {}),
    ...(expression ? { when: { expression } } : {}),
  };
}
