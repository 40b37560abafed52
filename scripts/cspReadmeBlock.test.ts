import { describe, expect, it } from 'vitest';
import {
  cspReadmeBlock,
  readReadmeBlock,
  readmeBlockEnd,
  readmeBlockStart,
  replaceReadmeBlock,
} from './cspReadmeBlock.ts';

const hashes = { scripts: ["'sha256-A'"], styles: ["'sha256-B'"] };

describe('cspReadmeBlock', () => {
  it('lists every hash and the policy between its markers', () => {
    const block = cspReadmeBlock(hashes);
    expect(block.startsWith(readmeBlockStart)).toBe(true);
    expect(block.endsWith(readmeBlockEnd)).toBe(true);
    expect(block).toContain("`'sha256-A'`");
    expect(block).toContain("style-src 'sha256-B'");
  });
});

describe('replaceReadmeBlock', () => {
  it('replaces the old block and keeps the rest of the README', () => {
    const readme = `# T\n\n${readmeBlockStart}\nold\n${readmeBlockEnd}\n\nafter\n`;
    const updated = replaceReadmeBlock(readme, cspReadmeBlock(hashes));
    expect(readReadmeBlock(updated)).toBe(cspReadmeBlock(hashes));
    expect(updated.endsWith('\n\nafter\n')).toBe(true);
  });

  it('names the markers it expected when the README has none', () => {
    expect(() => readReadmeBlock('# T')).toThrow('expected the markers');
  });
});
