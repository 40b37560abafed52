import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHashes, singleFilePolicy } from './cspHashes.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('cspHashes', () => {
  it('hashes the exact text of each inline script and style', () => {
    const html = '<style>a{}</style><script type="module">run()</script><script>go()</script>';
    expect(cspHashes(html)).toEqual({
      scripts: [hash('run()'), hash('go()')],
      styles: [hash('a{}')],
    });
  });

  it('leaves out JSON data blocks, which CSP does not govern', () => {
    expect(cspHashes('<script type="application/json" id="d">{}</script>').scripts).toEqual([]);
  });
});

describe('singleFilePolicy', () => {
  it('allows exactly the hashed scripts and styles', () => {
    expect(singleFilePolicy({ scripts: ["'sha256-A'"], styles: ["'sha256-B'"] })).toBe(
      "default-src 'self'; script-src 'sha256-A'; style-src 'sha256-B'; img-src 'self' data:",
    );
  });
});
