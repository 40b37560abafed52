import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type AssetSize, measureBundle, overBudget } from './measureBundle.ts';

const asset = (kind: 'js' | 'css', gzip: number): AssetSize => ({
  file: `a.${kind}`,
  kind,
  bytes: gzip * 3,
  gzip,
});

describe('measureBundle', () => {
  it('measures JS and CSS files, raw and gzipped, and skips everything else', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'bundle-'));
    writeFileSync(path.join(dir, 'app.js'), 'x'.repeat(10_000));
    writeFileSync(path.join(dir, 'app.css'), 'a{}');
    writeFileSync(path.join(dir, 'timeline.json'), '{}');
    const sizes = measureBundle(dir);
    expect(sizes.map((s) => [s.file, s.kind, s.bytes])).toEqual([
      ['app.css', 'css', 3],
      ['app.js', 'js', 10_000],
    ]);
    expect(sizes[1]?.gzip).toBeLessThan(100);
  });
});

describe('overBudget', () => {
  it('is empty when JS and CSS fit', () => {
    expect(overBudget([asset('js', 100), asset('css', 10)], { js: 100, css: 10 })).toEqual([]);
  });

  it('sums all files of a kind and says by how much they are over', () => {
    expect(
      overBudget([asset('js', 1024), asset('js', 1024), asset('css', 1)], { js: 1024, css: 1024 }),
    ).toEqual(['all JS together: expected at most 1.0 KB gzip, found 2.0 KB']);
  });
});
