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
    expect(placeOfError('[\n  {\n    "id": "a",\n  },\n]')).toEqual({ line: 4, column: 3 });
  });

  it('counts the first line from its first character', () => {
    expect(placeOfError('{,}')).toEqual({ line: 1, column: 2 });
  });

  it('gives nothing for a message that names no position', () => {
    expect(jsonSyntaxPlace('{', 'Unexpected end of JSON input')).toBeUndefined();
  });
});
