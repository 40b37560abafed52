import { describe, expect, it } from 'vitest';
import { jsonSyntaxPlace } from './jsonSyntaxPlace.ts';

function placeOfError(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return jsonSyntaxPlace(text, (error as Error).message);
  }
  throw new Error('the text parsed');
}

describe('jsonSyntaxPlace', () => {
  it('finds the line and column where JSON.parse stopped, counting from 1', () => {
    expect(placeOfError('[\n  {\n    "id": "a"\n    "kind": "b"\n  }\n]')).toEqual({
      line: 4,
      column: 5,
    });
  });

  it('places a comma with nothing after it at the comma, not at the bracket after it', () => {
    expect(placeOfError('[\n  {\n    "id": "a",\n  },\n]')).toEqual({
      line: 3,
      column: 14,
      trailingComma: true,
    });
    expect(placeOfError('[\n  1,\n  2,\n]')).toEqual({ line: 3, column: 4, trailingComma: true });
  });

  it('counts the first line from its first character', () => {
    expect(placeOfError('{,}')).toEqual({ line: 1, column: 2 });
  });

  it('finds the place itself when the message names no position, as Node 20 words a doubled comma', () => {
    expect(placeOfError('[\n  1,,\n]')).toEqual({ line: 2, column: 5 });
    expect(jsonSyntaxPlace('[1,x]', 'Unexpected token \'x\', "[1,x]" is not valid JSON')).toEqual({
      line: 1,
      column: 4,
    });
  });

  it('places a text that ends too soon just after its last character', () => {
    expect(placeOfError('[\n  1,')).toEqual({ line: 2, column: 5 });
    expect(placeOfError('[\n')).toEqual({ line: 2, column: 1 });
  });

  it('gives nothing for a text that is JSON', () => {
    expect(jsonSyntaxPlace('{"a": 1}', 'Unexpected end of JSON input')).toBeUndefined();
  });
});
