import path from 'node:path';
import type { Plugin } from 'vite';
import { exportFormats } from './exportFormats.ts';
import { ExportFailure } from './ExportProblem.ts';
import { formatExportProblem } from './formatExportProblem.ts';
import { readBuiltDataset } from './readBuiltDataset.ts';
import { dataLinksMarker, renderDataLinks } from './renderDataLinks.ts';

function readOrExplain(file: string) {
  try {
    return readBuiltDataset(file);
  } catch (error) {
    if (error instanceof ExportFailure) throw new Error(formatExportProblem(error.problem));
    throw error;
  }
}

/**
 * Writes the story's exports (TimelineJS, CSV, Web Annotations, JSON Schema) into every build
 * beside timeline.json, from the same dataset the prerender reads, and fills index.html's footer
 * with links to them. A build that ships no public files beside the page (the single-file build)
 * gets neither, since its links would point at nothing. The dev server renders the files on
 * request, so the footer's links work there too.
 */
export function exportPlugin(options: { dataset: string }): Plugin {
  let file = options.dataset;
  let besidePage = true;
  let building = false;
  return {
    name: 'sourceline-exports',
    configResolved(config) {
      file = path.resolve(config.root, options.dataset);
      building = config.command === 'build';
      besidePage = !building || config.build.copyPublicDir;
    },
    transformIndexHtml(html) {
      if (!html.includes(dataLinksMarker)) {
        throw new Error(`exports: expected ${dataLinksMarker} in index.html, found none`);
      }
      return html.replace(dataLinksMarker, besidePage ? renderDataLinks() : '');
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = path.posix.basename(request.url?.split('?')[0] ?? '');
        const format = Object.values(exportFormats).find((f) => f.file === name);
        if (!format) return next();
        try {
          response.setHeader('Content-Type', format.mediaType);
          response.end(format.render(readOrExplain(file)));
        } catch (error) {
          next(error);
        }
      });
    },
    generateBundle() {
      if (!building || !besidePage) return;
      const dataset = readOrExplain(file);
      for (const format of Object.values(exportFormats)) {
        this.emitFile({ type: 'asset', fileName: format.file, source: format.render(dataset) });
      }
    },
  };
}
