import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { Dataset } from '../model/dataset.ts';
import { renderStaticStory } from './renderStaticStory.ts';
import { storyMeta } from './storyMeta.ts';

/** Where index.html asks for the story's head tags and its prerendered content. */
export const metaMarker = '<!-- sourceline:meta -->';
export const storyMarker = '<!-- sourceline:static-story -->';

function readDataset(file: string): Dataset {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(
      `prerender: expected the dataset at ${file} (run \`npm run data\` first), found: ${String(error)}`,
    );
  }
  const parsed = Dataset.safeParse(json);
  if (!parsed.success) {
    throw new Error(`prerender: ${file} is not a valid dataset:\n${parsed.error.message}`);
  }
  return parsed.data;
}

/** Puts `rendered` in place of `marker`, and says which marker is missing when it is. */
export function fillMarker(html: string, marker: string, rendered: string): string {
  const at = html.indexOf(marker);
  if (at < 0) throw new Error(`prerender: expected ${marker} in index.html, found none`);
  return html.slice(0, at) + rendered + html.slice(at + marker.length);
}

/**
 * Prerenders the story into index.html at build time: title, description and social tags from
 * `dataset.story`, and every event with its dates and quotes as static HTML outside `#root`, so
 * the page reads without JavaScript. A missing or invalid dataset fails the build; in dev it
 * leaves a note instead, so `vite` starts before the first `npm run data`.
 */
export function prerenderPlugin(options: { dataset: string }): Plugin {
  let root = process.cwd();
  let building = false;
  return {
    name: 'sourceline-prerender',
    configResolved(config) {
      root = config.root;
      building = config.command === 'build';
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const file = path.resolve(root, options.dataset);
        let dataset: Dataset;
        try {
          dataset = readDataset(file);
        } catch (error) {
          if (building) throw error;
          const note = `<p class="static-missing">${String(error).replace(/[<>&]/g, '')}</p>`;
          return fillMarker(
            fillMarker(html, metaMarker, '<title>Sourceline</title>'),
            storyMarker,
            note,
          );
        }
        return fillMarker(
          fillMarker(html, metaMarker, storyMeta(dataset.story)),
          storyMarker,
          renderStaticStory(dataset),
        );
      },
    },
  };
}
