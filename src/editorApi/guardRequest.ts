import { timingSafeEqual } from 'node:crypto';
import type { EditorRefusal } from './EditorRefusal.ts';

/** What the guard looks at in a request, read off the socket and the headers. */
export type RequestFacts = {
  method: string;
  remoteAddress: string | undefined;
  host: string | undefined;
  origin: string | undefined;
  fetchSite: string | undefined;
  token: string | undefined;
};

const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const localNames = new Set(['localhost', '127.0.0.1', '[::1]']);

function hostName(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Lets through only what the editor page on this computer sends: from a loopback address, to a
 * local host name (a DNS-rebound name is refused), from the page's own origin (browsers send
 * Origin with every write; a request that says it is cross-site is refused even without one), and
 * carrying this server's session token. Returns why a request is refused, or null.
 */
export function guardRequest(facts: RequestFacts, sessionToken: string): EditorRefusal | null {
  const address = facts.remoteAddress ?? 'an unknown address';
  if (!loopback.has(address)) return { code: 'not-local', address };
  const host = facts.host ?? '';
  if (!localNames.has(hostName(host))) return { code: 'wrong-host', host };
  const expected = `http://${host}`;
  const writes = facts.method !== 'GET' && facts.method !== 'HEAD';
  if (facts.origin !== undefined ? facts.origin !== expected : writes) {
    return { code: 'cross-origin', origin: facts.origin ?? 'no origin at all', expected };
  }
  if (facts.fetchSite !== undefined && facts.fetchSite !== 'same-origin') {
    return { code: 'cross-origin', origin: `a ${facts.fetchSite} page`, expected };
  }
  if (facts.token === undefined || facts.token === '') return { code: 'no-token' };
  if (!sameToken(facts.token, sessionToken)) return { code: 'bad-token' };
  return null;
}
