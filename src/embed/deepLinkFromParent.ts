const eventHash = /^#event=[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The `#event=<id>` a framed page should open when the host page's own URL carries it. pym.Parent
 * passes the host URL in the `parentUrl` query parameter; a hash in the iframe's own src wins.
 * Returns null when there is nothing to adopt.
 *
 * @example
 * deepLinkFromParent('?childId=a&parentUrl=https%3A%2F%2Fnews.example%2Fstory%23event%3Dtalks', '')
 * // '#event=talks'
 */
export function deepLinkFromParent(search: string, ownHash: string): string | null {
  if (eventHash.test(ownHash)) return null;
  const parentUrl = new URLSearchParams(search).get('parentUrl');
  if (!parentUrl) return null;
  const at = parentUrl.indexOf('#');
  if (at < 0) return null;
  const hash = parentUrl.slice(at);
  return eventHash.test(hash) ? hash : null;
}
