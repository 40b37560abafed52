import { type CspHashes, singleFilePolicy } from './cspHashes.ts';

export const readmeBlockStart =
  '<!-- csp-hashes:start (written by npm run build:single -- --update-readme) -->';
export const readmeBlockEnd = '<!-- csp-hashes:end -->';

/** The README lines that list the single file's CSP hashes and the policy they make. */
export function cspReadmeBlock(hashes: CspHashes): string {
  return [
    readmeBlockStart,
    '',
    ...hashes.scripts.map((hash) => `- inline script: \`${hash}\``),
    ...hashes.styles.map((hash) => `- inline style: \`${hash}\``),
    '',
    '```',
    `Content-Security-Policy: ${singleFilePolicy(hashes)}`,
    '```',
    '',
    readmeBlockEnd,
  ].join('\n');
}

/** The README's block as it stands, or a message naming the missing marker. */
export function readReadmeBlock(readme: string): string {
  const start = readme.indexOf(readmeBlockStart);
  const end = readme.indexOf(readmeBlockEnd);
  if (start < 0 || end < start) {
    throw new Error(
      `README.md: expected the markers ${readmeBlockStart} … ${readmeBlockEnd}, found none`,
    );
  }
  return readme.slice(start, end + readmeBlockEnd.length);
}

/** The README with its block replaced by `block`. */
export function replaceReadmeBlock(readme: string, block: string): string {
  return readme.replace(readReadmeBlock(readme), () => block);
}
