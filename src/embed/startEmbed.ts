import { z } from 'zod/mini';
import { deepLinkFromParent } from './deepLinkFromParent.ts';
import { startHeightReporting } from './reportHeight.ts';

// zod probes `new Function` when an object schema is created, to compile fast parsers; under
// `script-src 'self'` the browser reports that probe as a CSP violation even though zod catches
// it. Set here, at module evaluation, because schemas are created when src/model is first
// imported: main.tsx imports this module first, before anything that imports the model.
z.config({ jitless: true });

/**
 * What a framed page does before the app reads its URL: adopt the host page's `#event=<id>`
 * (passed by pym.Parent as parentUrl), then report the page's height to the host. Does nothing
 * outside a frame. Returns a function that stops the reporting.
 */
export function startEmbed(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const hash = deepLinkFromParent(win.location.search, win.location.hash);
  if (hash) win.history.replaceState(win.history.state, '', hash);
  return startHeightReporting(win);
}
