import { describe, expect, it } from 'vitest';
import { AnchorError, anchorQuote, type AnchorFailure } from './anchorQuote.ts';

const text =
  'Trump told reporters on Wednesday. Putin met Witkoff on Wednesday in Moscow. ' +
  'The meeting lasted about three hours, the Kremlin said.';

function failureOf(run: () => unknown): AnchorFailure {
  try {
    run();
  } catch (error) {
    if (error instanceof AnchorError) return error.failure;
    throw error;
  }
  throw new Error('expected an AnchorError');
}

describe('anchorQuote', () => {
  it('finds a unique quote at offsets that slice back to the quote', () => {
    const anchor = anchorQuote(text, { quote: 'about three hours' });
    expect(text.slice(anchor.start, anchor.end)).toBe('about three hours');
    expect(anchor.reanchored).toBeUndefined();
  });

  it('keeps up to 32 characters of context either side', () => {
    const anchor = anchorQuote(text, { quote: 'about three hours' });
    expect(anchor.prefix).toBe(text.slice(anchor.start - 32, anchor.start));
    expect(anchor.suffix).toBe(text.slice(anchor.end, anchor.end + 32));
  });

  it('shortens the context at the edges of the text', () => {
    const anchor = anchorQuote(text, { quote: 'Trump told' });
    expect(anchor.prefix).toBe('');
  });

  it('refuses a quote that occurs more than once and lists where', () => {
    const failure = failureOf(() => anchorQuote(text, { quote: 'on Wednesday' }));
    expect(failure.code).toBe('ambiguous');
    expect(failure.code === 'ambiguous' && failure.occurrences.map((o) => o.start)).toEqual([
      text.indexOf('on Wednesday'),
      text.lastIndexOf('on Wednesday'),
    ]);
  });

  it('uses a prefix to choose between repeated quotes', () => {
    const anchor = anchorQuote(text, { quote: 'on Wednesday', prefix: 'Witkoff ' });
    expect(anchor.start).toBe(text.lastIndexOf('on Wednesday'));
  });

  it('uses a suffix to choose between repeated quotes', () => {
    const anchor = anchorQuote(text, { quote: 'on Wednesday', suffix: '.' });
    expect(anchor.start).toBe(text.indexOf('on Wednesday'));
  });

  it('says so when the quote exists but not with the given context', () => {
    const failure = failureOf(() => anchorQuote(text, { quote: 'on Wednesday', prefix: 'Biden ' }));
    expect(failure.code).toBe('context-mismatch');
  });

  it('re-anchors a quote whose text was lightly corrected and reports the edit count', () => {
    const corrected = text.replace('the Kremlin said', 'the Kremlin stated');
    const authored = 'The meeting lasted about three hours, the Kremlin said.';
    const anchor = anchorQuote(corrected, { quote: authored }, { reanchor: true });
    expect(anchor.reanchored).toEqual({ authored, errors: expect.any(Number) });
    expect(anchor.reanchored!.errors).toBeGreaterThan(0);
    expect(corrected.slice(anchor.start, anchor.end)).toBe(anchor.quote);
    expect(anchor.quote).toContain('the Kremlin stated');
  });

  it('refuses a near miss in an unchanged text as the author’s typo, with the passage it meant', () => {
    const failure = failureOf(() =>
      anchorQuote(text, { quote: 'The meeting lasted about three hours, the Kremlin stated.' }),
    );
    expect(failure).toMatchObject({
      code: 'not-found',
      nearest: expect.stringContaining('the Kremlin said.'),
    });
  });

  it('refuses a corrected text whose quote moved too far to be the same passage', () => {
    const rewritten = text.replace('lasted about three hours', 'ran for most of the afternoon');
    const failure = failureOf(() =>
      anchorQuote(
        rewritten,
        { quote: 'The meeting lasted about three hours, the Kremlin said.' },
        { reanchor: true },
      ),
    );
    expect(failure.code).toBe('not-found');
  });

  it('refuses a quote that is not in the text and suggests the nearest passage', () => {
    const failure = failureOf(() =>
      anchorQuote(text, { quote: 'The talks lasted nearly five hours, the Kremlin said.' }),
    );
    expect(failure.code).toBe('not-found');
    expect(failure.code === 'not-found' && failure.nearest).toContain('the Kremlin said.');
  });

  it('suggests nothing when no passage is even half alike', () => {
    const failure = failureOf(() => anchorQuote(text, { quote: 'zzzzzzzzzzzzzzzzzzzzzzzz' }));
    expect(failure).toEqual({
      code: 'not-found',
      quote: 'zzzzzzzzzzzzzzzzzzzzzzzz',
      nearest: null,
    });
  });

  it('counts offsets in UTF-16 code units, as JavaScript strings do', () => {
    const curly = 'Witkoff “had a highly productive meeting” with Mr Putin';
    const anchor = anchorQuote(curly, { quote: 'with Mr Putin' });
    expect(anchor.start).toBe(curly.length - 'with Mr Putin'.length);
  });
});
