import { createHash } from 'node:crypto';

/** A file's version as the editor tracks it: the sha256 of its bytes ('' when there is no file). */
export function fileVersion(bytes: Buffer | undefined): string {
  return bytes === undefined ? '' : createHash('sha256').update(bytes).digest('hex');
}
