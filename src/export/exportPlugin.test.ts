import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFormats } from './exportFormats.ts';
import { exportPlugin } from './exportPlugin.ts';
import { hostileDataset } from './fixtures/hostileStory.ts';
import { dataLinksMarker } from './renderDataLinks.ts';

const root = mkdtempSync(path.join(tmpdir(), 'sourceline-plugin-'));
writeFileSync(path.join(root, 'timeline.json'), JSON.stringify(hostileDataset()));

type Emitted = { type: string; fileName: string; source: string };

/** Runs the plugin's hooks as Vite would for a build; `copyPublicDir` false is the single file. */
function build(dataset: string, copyPublicDir = true) {
  const plugin = exportPlugin({ dataset });
  const configResolved = plugin.configResolved as (config: object) => void;
  configResolved({ root, command: 'build', build: { copyPublicDir } });
  const emitted: Emitted[] = [];
  const generateBundle = plugin.generateBundle as (this: object) => void;
  const transform = plugin.transformIndexHtml as (html: string) => string;
  return {
    html: () => transform(`<body>${dataLinksMarker}</body>`),
    emit: () => {
      generateBundle.call({ emitFile: (file: Emitted) => emitted.push(file) });
      return emitted;
    },
  };
}

describe('exportPlugin', () => {
  it('writes every export into the build, rendered from the dataset', () => {
    const emitted = build('timeline.json').emit();
    expect(emitted.map((file) => file.fileName)).toEqual(
      Object.values(exportFormats).map((format) => format.file),
    );
    expect(emitted[1]).toEqual({
      type: 'asset',
      fileName: 'timeline.csv',
      source: exportFormats.csv.render(hostileDataset()),
    });
  });

  it('links the data files in the footer, relative to the page', () => {
    expect(build('timeline.json').html()).toBe(
      '<body><footer class="data-links"><p>Data: <a href="./timeline.json">JSON</a> · ' +
        '<a href="./timeline.csv">CSV</a> · <a href="./annotations.jsonld">Web Annotations</a> · ' +
        '<a href="./timeline.schema.json">JSON Schema</a></p></footer></body>',
    );
  });

  it('leaves both out of a build that ships no files beside the page', () => {
    const single = build('timeline.json', false);
    expect(single.html()).toBe('<body></body>');
    expect(single.emit()).toEqual([]);
  });

  it('fails the build, naming the file and the fix, when the dataset is missing', () => {
    expect(() => build('nowhere/timeline.json').emit()).toThrow(
      /expected the built dataset at .*nowhere\/timeline\.json, found no file \(run `npm run data` first\)/,
    );
  });
});

describe('exportPlugin on the dev server', () => {
  type Next = (error?: unknown) => void;
  type Handler = (request: { url: string }, response: object, next: Next) => void;

  /** The plugin's middleware, and what it answers `url` with. */
  function serve(url: string) {
    const plugin = exportPlugin({ dataset: 'timeline.json' });
    (plugin.configResolved as (config: object) => void)({
      root,
      command: 'serve',
      build: { copyPublicDir: true },
    });
    let handler: Handler | undefined;
    const configureServer = plugin.configureServer as (server: object) => void;
    configureServer({ middlewares: { use: (h: Handler) => (handler = h) } });
    const answer = { headers: {} as Record<string, string>, body: '', passed: false };
    handler!(
      { url },
      {
        setHeader: (name: string, value: string) => (answer.headers[name] = value),
        end: (body: string) => (answer.body = body),
      },
      () => (answer.passed = true),
    );
    return answer;
  }

  it('renders an export when the page asks for it, with its media type', () => {
    const answer = serve('/timeline.csv?t=1');
    expect(answer.body).toBe(exportFormats.csv.render(hostileDataset()));
    expect(answer.headers['Content-Type']).toBe('text/csv; charset=utf-8; header=present');
  });

  it('leaves every other request to Vite', () => {
    expect(serve('/src/app/main.tsx').passed).toBe(true);
  });
});
