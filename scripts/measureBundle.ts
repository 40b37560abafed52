import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export type AssetSize = { file: string; kind: 'js' | 'css'; bytes: number; gzip: number };
export type Budget = { js: number; css: number };

/** The weight the issue allows, in gzip bytes: all JS together, all CSS together. */
export const budget: Budget = { js: 200 * 1024, css: 15 * 1024 };

/** Every JS and CSS file under `dir`, with its raw and gzip (level 9) size in bytes. */
export function measureBundle(dir: string): AssetSize[] {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return files.flatMap((file) => {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
    if (kind === null) return [];
    const content = readFileSync(path.join(dir, file));
    return [{ file, kind, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length }];
  });
}

/** What is over budget, in words; empty when the bundle fits. */
export function overBudget(sizes: readonly AssetSize[], limits: Budget = budget): string[] {
  return (['js', 'css'] as const).flatMap((kind) => {
    const total = sizes.filter((s) => s.kind === kind).reduce((sum, s) => sum + s.gzip, 0);
    return total > limits[kind]
      ? [
          `all ${kind.toUpperCase()} together: expected at most ${kb(limits[kind])} gzip, found ${kb(total)}`,
        ]
      : [];
  });
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
