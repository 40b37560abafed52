import { isAbsolute, relative, sep } from 'node:path';

/**
 * Whether `path` lies inside `folder` (strictly: the folder itself is not inside it). Both are
 * resolved paths.
 *
 * @example isInside('/story/data', '/story/data/events.json') // true
 */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}
