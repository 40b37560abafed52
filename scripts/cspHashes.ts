import { createHash } from 'node:crypto';

export type CspHashes = { scripts: string[]; styles: string[] };

const sha256 = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * The CSP source expressions an inline page needs: the sha256 of each executable inline script
 * and of each inline style, over the exact text between the tags. JSON data blocks are not run,
 * so CSP does not govern them and they need no hash.
 */
export function cspHashes(html: string): CspHashes {
  const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter(([, attributes]) => !/type="application\/json"/.test(attributes ?? ''))
    .map(([, , body]) => sha256(body ?? ''));
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) =>
    sha256(body ?? ''),
  );
  return { scripts, styles };
}

/** The whole Content-Security-Policy header value for the single file. */
export function singleFilePolicy({ scripts, styles }: CspHashes): string {
  return [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    `style-src ${styles.join(' ')}`,
    "img-src 'self' data:",
  ].join('; ');
}
