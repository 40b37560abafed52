import { ampEmbedSize, pymMessage, readPymMessage } from './pymMessage.ts';

/** The page's content height in whole CSS pixels; it shrinks too, unlike scrollHeight. */
function contentHeight(document: Document): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * When the page is framed, tells the host its content height whenever it changes: as a pym.js
 * `height` message (if pym.Parent gave a `childId`) and as an AMP `embed-size` message, so the
 * host can size the iframe with no scrollbar. Answers pym's `width` message with the height.
 * Does nothing outside a frame. Returns a function that stops it.
 */
export function startHeightReporting(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const childId = new URLSearchParams(win.location.search).get('childId');
  let last = -1;
  const send = (force: boolean) => {
    const height = contentHeight(win.document);
    if (height === last && !force) return;
    last = height;
    if (childId) win.parent.postMessage(pymMessage(childId, 'height', String(height)), '*');
    win.parent.postMessage(ampEmbedSize(height), '*');
  };
  const observer = new ResizeObserver(() => send(false));
  observer.observe(win.document.documentElement);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent || childId === null) return;
    if (readPymMessage(childId, event.data)?.type === 'width') send(true);
  };
  win.addEventListener('message', onMessage);
  send(true);
  return () => {
    observer.disconnect();
    win.removeEventListener('message', onMessage);
  };
}
