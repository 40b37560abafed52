/**
 * Why the editor's write API refused a request, as typed data. `formatRefusal` is the only place
 * that turns it into words; the build's own problems keep the build's wording (formatProblem).
 */
export type EditorRefusal =
  | { code: 'not-local'; address: string }
  | { code: 'wrong-host'; host: string }
  | { code: 'cross-origin'; origin: string; expected: string }
  | { code: 'no-token' }
  | { code: 'bad-token' }
  | { code: 'bad-method'; method: string; allowed: string }
  | { code: 'bad-request'; reason: string }
  | { code: 'too-large'; limit: number }
  | { code: 'unknown-endpoint'; path: string }
  | { code: 'path-absolute'; file: string }
  | { code: 'path-parent'; file: string }
  | { code: 'path-not-data-file'; file: string; allowed: string[] }
  | { code: 'path-symlink-out'; file: string; target: string }
  | { code: 'stale'; file: string }
  | { code: 'build'; file: string; problems: string[] }
  | { code: 'unknown-source'; source: string }
  | { code: 'empty-passage'; source: string; start: number; end: number };

/** The HTTP status each refusal is answered with. */
export function refusalStatus(refusal: EditorRefusal): number {
  switch (refusal.code) {
    case 'not-local':
    case 'wrong-host':
    case 'cross-origin':
    case 'no-token':
    case 'bad-token':
    case 'path-absolute':
    case 'path-parent':
    case 'path-not-data-file':
    case 'path-symlink-out':
      return 403;
    case 'bad-method':
      return 405;
    case 'too-large':
      return 413;
    case 'unknown-endpoint':
      return 404;
    case 'stale':
      return 409;
    case 'build':
      return 422;
    case 'bad-request':
    case 'unknown-source':
    case 'empty-passage':
      return 400;
  }
}
