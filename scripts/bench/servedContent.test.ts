import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { servedContent, weigh } from './servedContent.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'served-'));
writeFileSync(path.join(dir, 'index.html'), '<p>hello</p>');
writeFileSync(path.join(dir, 'data.json'), JSON.stringify({ text: 'a'.repeat(10_000) }));
const base = 'http://127.0.0.1:1234/story/';
const contentOf = servedContent(base, dir, { 'page.html': ['text/html', 'in memory'] });

describe('servedContent', () => {
  it('finds the file under the mount, the index for the folder, and pages held in memory', () => {
    expect(contentOf(`${base}data.json`)?.length).toBeGreaterThan(10_000);
    expect(contentOf(base)?.toString()).toBe('<p>hello</p>');
    expect(contentOf(`${base}page.html`)?.toString()).toBe('in memory');
  });

  it('has nothing for other origins, other folders or missing files', () => {
    expect(contentOf('http://elsewhere.example/story/data.json')).toBeNull();
    expect(contentOf(`${base}../secret`)).toBeNull();
    expect(contentOf(`${base}missing.js`)).toBeNull();
  });
});

describe('weigh', () => {
  it('adds up raw and gzip bytes, gzip far smaller for repetitive JSON', () => {
    const bytes = weigh([`${base}data.json`, `${base}missing.js`], contentOf);
    expect(bytes.raw).toBeGreaterThan(10_000);
    expect(bytes.gzip).toBeLessThan(bytes.raw / 10);
  });
});
