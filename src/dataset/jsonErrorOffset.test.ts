import { describe, expect, it } from 'vitest';
import { jsonErrorOffset } from './jsonErrorOffset.ts';

/** Broken JSON of the kinds a hand edit leaves, each of which V8 words with a position. */
const positioned = [
  '{,}',
  '{"a":1,}',
  '[1 2]',
  '{"a" 1}',
  '"abc',
  '{"a":01}',
  '[1]x',
  '[-]',
  '{"a":1}}',
  '[1,2',
  '{"a": "b\nc"}',
  '{"a": "\\x"}',
  '{"a": "\\u12G4"}',
  '[1.]',
  '[1e]',
  '[\n  {\n    "id": "a",\n  },\n]',
  "{'a': 1}",
];

function parseError(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} parsed`);
}

describe('jsonErrorOffset', () => {
  it('stops where JSON.parse says it stopped, whenever JSON.parse names the position', () => {
    for (const text of positioned) {
      const named = /at position (\d+)/.exec(parseError(text));
      expect({ text, offset: jsonErrorOffset(text) }).toEqual({ text, offset: Number(named?.[1]) });
    }
  });

  it('finds the token JSON.parse names without a position', () => {
    expect(jsonErrorOffset('[1,,]')).toBe(3);
    expect(jsonErrorOffset('[1,]')).toBe(3);
    expect(jsonErrorOffset('{"a": [true,, false]}')).toBe(12);
    expect(jsonErrorOffset('{"a": tru}')).toBe(9);
    expect(jsonErrorOffset('{"a": nul, "b": 1}')).toBe(9);
  });

  it('places a text that ends too soon at its end', () => {
    for (const text of ['', '  ', '[', '{"a":', 'tru', '[\n  1,']) {
      expect(parseError(text)).toBe('Unexpected end of JSON input');
      expect(jsonErrorOffset(text)).toBe(text.length);
    }
  });

  it('places a deeply nested text that ends too soon, where JSON.parse names no position', () => {
    const deep = '['.repeat(8000);
    expect(parseError(deep)).toBe('Unexpected end of JSON input');
    expect(jsonErrorOffset(deep)).toBe(deep.length);
    expect(jsonErrorOffset(`${'{"a":'.repeat(5000)}1${'}'.repeat(4999)}x`)).toBe(
      5000 * 5 + 1 + 4999,
    );
  });

  it('finds nothing wrong in deeply nested JSON', () => {
    expect(jsonErrorOffset(`${'['.repeat(8000)}${']'.repeat(8000)}`)).toBeUndefined();
  });

  it('finds nothing wrong in JSON', () => {
    for (const text of [
      '{}',
      ' [ ] ',
      '{"a": [1, -2.5e+3, "x\\u00e9\\n", true, false, null]}',
      '0',
    ]) {
      expect(jsonErrorOffset(text)).toBeUndefined();
    }
  });
});
