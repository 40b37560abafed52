import { deepLinkFromParent } from './deepLinkFromParent.ts';
import { startHeightReporting } from './reportHeight.ts';

/**
 * What a framed page does before the app reads its URL: adopt the host page's `#event=<id>`
 * (passed by pym.Parent as parentUrl), then report its height to the host.
 */
export function startEmbed(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const hash = deepLinkFromParent(win.location.search, win.location.hash);
  if (hash) win.history.replaceState(win.history.state, '', hash);
  return startHeightReporting(win);
}
