/**
 * pym.js speaks strings: `pymxPYMx<childId>xPYMx<type>xPYMx<message>`, where childId is the id
 * pym.Parent put in the iframe's `childId` query parameter. The parent sets the iframe height on
 * `height` and sends `width` when it resizes.
 */
const delimiter = 'xPYMx';

/**
 * @example
 * pymMessage('timeline', 'height', '1200') // 'pymxPYMxtimelinexPYMxheightxPYMx1200'
 */
export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(delimiter);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Reads a pym.js message addressed to `childId`; anything else (objects, other ids) is null. */
export function readPymMessage(
  childId: string,
  data: unknown,
): { type: string; message: string } | null {
  if (typeof data !== 'string') return null;
  const match = new RegExp(
    `^pym${delimiter}${escapeRegExp(childId)}${delimiter}(\\S+?)${delimiter}(.*)$`,
  ).exec(data);
  if (!match) return null;
  return { type: match[1] ?? '', message: match[2] ?? '' };
}

/** The message amp-iframe (and hosts that copy it) resize an embed by. */
export function ampEmbedSize(height: number): {
  sentinel: 'amp';
  type: 'embed-size';
  height: number;
} {
  return { sentinel: 'amp', type: 'embed-size', height };
}
