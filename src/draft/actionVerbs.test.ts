import { describe, expect, it } from 'vitest';
import { actionVerbs } from './actionVerbs.ts';

describe('actionVerbs', () => {
  it('reads the same verb in any tense as one infinitive', () => {
    expect(actionVerbs('The CEO underwent liver transplant surgery.')).toEqual(['undergo']);
    expect(actionVerbs('Later he revealed he had undergone a liver transplant.')).toContain(
      'undergo',
    );
    expect(actionVerbs('Three rounds of talks have failed to reach an agreement.')).toContain(
      'fail',
    );
  });

  it('leaves out being, having, saying and light verbs', () => {
    expect(actionVerbs('He said it was a good day and they had made progress.')).toEqual([]);
  });
});
