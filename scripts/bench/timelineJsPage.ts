import { createRequire } from 'node:module';
import path from 'node:path';
import type { Dataset } from '../../src/model/dataset.ts';
import type { Pages } from '../../e2e/staticServer.ts';
import { toTimelineJs } from '../../src/export/toTimelineJs.ts';

/** TimelineJS3's built files (js/, css/) from its npm package. */
export function timelineJsDist(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@knight-lab/timelinejs/package.json')), 'dist');
}

/** What the TimelineJS3 page marks each event on its time axis with. */
export const timelineJsMarker = '.tl-timemarker';

/**
 * A TimelineJS3 page showing `dataset`, served beside the package's dist/ folder: its script and
 * stylesheet from the package, the story as `timeline-data.json` in the TimelineJS export's
 * format (`npm run export`). The font option is off (its
 * default pulls web fonts from Google), so the page requests nothing from another origin;
 * language files load from the package's own js/locale.
 */
export function timelineJsPages(dataset: Dataset): Pages {
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>TimelineJS3 benchmark</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="./css/timeline.css" />
    <script src="./js/timeline.js"></script>
  </head>
  <body style="margin: 0">
    <div id="timeline" style="width: 100%; height: 650px"></div>
    <script>
      window.timeline = new TL.Timeline('timeline', './timeline-data.json', { font: null });
    </script>
  </body>
</html>
`;
  return {
    'index.html': ['text/html; charset=utf-8', html],
    'timeline-data.json': [
      'application/json; charset=utf-8',
      JSON.stringify(toTimelineJs(dataset)),
    ],
  };
}
