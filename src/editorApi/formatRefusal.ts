import type { EditorRefusal } from './EditorRefusal.ts';

/** The words for every refusal of the editor's write API: what was expected, what was found. */
export function formatRefusal(refusal: EditorRefusal): string {
  switch (refusal.code) {
    case 'not-local':
      return `refused: the editor answers this computer only; expected a request from localhost, found one from ${refusal.address}`;
    case 'wrong-host':
      return `refused: expected the page on localhost, found the host name ${JSON.stringify(refusal.host)}`;
    case 'cross-origin':
      return `refused: expected a request from the editor's own page (${refusal.expected}), found one from ${refusal.origin}`;
    case 'no-token':
      return 'refused: expected the session token the editor page carries, found none; reload the page';
    case 'bad-token':
      return 'refused: the session token does not match this server (it restarted?); reload the page';
    case 'bad-method':
      return `refused: expected ${refusal.allowed}, found ${refusal.method}`;
    case 'bad-request':
      return `refused: the request does not match the editor's API: ${refusal.reason}`;
    case 'too-large':
      return `refused: expected a request of at most ${refusal.limit} bytes`;
    case 'unknown-endpoint':
      return `refused: no editor endpoint at ${refusal.path}`;
    case 'path-absolute':
      return `refused: expected a file name inside the story's data/ folder, found the absolute path ${JSON.stringify(refusal.file)}`;
    case 'path-parent':
      return `refused: expected a file name inside the story's data/ folder, found a path that leaves it: ${JSON.stringify(refusal.file)}`;
    case 'path-not-data-file':
      return `refused: expected one of ${refusal.allowed.join(', ')} in the story's data/ folder, found ${JSON.stringify(refusal.file)}`;
    case 'path-symlink-out':
      return `refused: data/${refusal.file} is a link to ${refusal.target}, outside the story's data/ folder; nothing is written there`;
    case 'stale':
      return `not saved: data/${refusal.file} changed on disk since this page read it (another tab or a text editor). Nothing was written; the page now shows the file as it is.`;
    case 'build':
      return `not saved: the build refuses this change to data/${refusal.file}, and nothing was written:\n${refusal.problems.join('\n')}`;
    case 'unknown-source':
      return `refused: expected an article of this story, found ${JSON.stringify(refusal.source)}`;
    case 'empty-passage':
      return `refused: expected a selection of words in ${refusal.source}, found characters ${refusal.start}–${refusal.end}, which hold none`;
  }
}
