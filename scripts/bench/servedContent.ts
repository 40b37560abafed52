import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Pages } from '../../e2e/staticServer.ts';

/** The bytes a URL under `base` was served from, as e2e/staticServer.ts serves them. */
export type ContentOf = (url: string) => Buffer | null;

/**
 * What serveStatic sends for a URL under `base` (its mount): a page held in memory, else the file
 * in `dir`. Benchmarks weigh what a reader downloaded from this, since the browser may not keep
 * the body of a 30 MB response for the test driver to read.
 */
export function servedContent(base: string, dir: string | undefined, pages: Pages = {}): ContentOf {
  const root = new URL(base);
  return (url) => {
    const target = new URL(url);
    const pathname = decodeURIComponent(target.pathname);
    if (target.origin !== root.origin || !pathname.startsWith(root.pathname)) return null;
    const relative = pathname.slice(root.pathname.length) || 'index.html';
    const page = pages[relative];
    if (page) return Buffer.from(page[1]);
    if (dir === undefined) return null;
    const file = path.join(dir, relative);
    return file.startsWith(dir) && existsSync(file) && statSync(file).isFile()
      ? readFileSync(file)
      : null;
  };
}

const gzipped = new Map<string, number>();

/** Bytes as served and as gzip would send them, for every URL a page loaded. */
export function weigh(
  urls: readonly string[],
  contentOf: ContentOf,
): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const url of urls) {
    const content = contentOf(url);
    if (!content) continue;
    raw += content.length;
    const key = `${url} ${content.length}`;
    const size = gzipped.get(key) ?? gzipSync(content).length;
    gzipped.set(key, size);
    gzip += size;
  }
  return { raw, gzip };
}
