import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillMarker, metaMarker, prerenderPlugin, storyMarker } from './prerenderPlugin.ts';

const root = path.resolve(import.meta.dirname, '../..');
const page = `<head>${metaMarker}</head><body><div id="root"></div>${storyMarker}</body>`;

/** Runs the plugin's index.html hook as Vite would, for a build or for the dev server. */
function transform(dataset: string, command: 'build' | 'serve'): string {
  const plugin = prerenderPlugin({ dataset });
  const configResolved = plugin.configResolved as (config: object) => void;
  configResolved({ root, command });
  const hook = plugin.transformIndexHtml as { handler: (html: string) => string };
  return hook.handler(page);
}

describe('prerenderPlugin', () => {
  it('puts the story head tags and the static story in place of their markers', () => {
    const html = transform('e2e/fixtures/timeline.json', 'build');
    expect(html).toContain('<title>Witkoff meets Putin &lt;before&gt; the deadline</title>');
    expect(html).toContain('<meta property="og:type" content="article" />');
    expect(html).toMatch(/<div id="root"><\/div><article id="static-story"/);
    expect(html).not.toContain('sourceline:');
  });

  it('fails the build, naming the file and the fix, when the dataset is missing', () => {
    expect(() => transform('no/such/timeline.json', 'build')).toThrow(
      /expected the dataset at .*no\/such\/timeline\.json \(run `npm run data` first\)/,
    );
  });

  it('lets the dev server start with a note instead', () => {
    expect(transform('no/such/timeline.json', 'serve')).toContain('class="static-missing"');
  });
});

describe('fillMarker', () => {
  it('names the marker index.html lacks', () => {
    expect(() => fillMarker('<body></body>', storyMarker, 'x')).toThrow(
      'prerender: expected <!-- sourceline:static-story --> in index.html, found none',
    );
  });
});
