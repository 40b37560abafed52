import { describe, expect, it } from 'vitest';
import { ampEmbedSize, pymMessage, readPymMessage } from './pymMessage.ts';

describe('pymMessage', () => {
  it('writes the string pym.Parent matches for its child id', () => {
    expect(pymMessage('sourceline-1', 'height', '1234')).toBe(
      'pymxPYMxsourceline-1xPYMxheightxPYMx1234',
    );
  });
});

describe('readPymMessage', () => {
  it('reads the type and message of a message to this child', () => {
    expect(readPymMessage('box', 'pymxPYMxboxxPYMxwidthxPYMx640')).toEqual({
      type: 'width',
      message: '640',
    });
  });

  it('ignores messages to another child, even one whose id this id is a pattern for', () => {
    expect(readPymMessage('b.x', 'pymxPYMxboxxPYMxwidthxPYMx640')).toBeNull();
    expect(readPymMessage('box', 'pymxPYMxbox2xPYMxwidthxPYMx640')).toBeNull();
  });

  it('ignores messages that are not strings', () => {
    expect(readPymMessage('box', { type: 'width' })).toBeNull();
  });
});

describe('ampEmbedSize', () => {
  it('is the amp-iframe resize request', () => {
    expect(ampEmbedSize(812)).toEqual({ sentinel: 'amp', type: 'embed-size', height: 812 });
  });
});
