import { textPlace, type TextPlace } from './textPlace.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes strictly: a stray byte would otherwise become U+FFFD inside a published quote and shift
 * every offset after it. On bad input, says at which byte the first bad sequence starts, and on
 * which line and in which column, as a text editor counts them: a byte offset alone is of no use
 * to someone looking for it in a long article.
 */
export function decodeUtf8(bytes: Buffer): { text: string } | ({ badByte: number } & TextPlace) {
  try {
    return { text: utf8.decode(bytes) };
  } catch {
    // Where the first replacement character lands in a lenient decoding is where the bad byte is.
    const lenient = bytes.toString('utf8');
    const before = lenient.slice(0, Math.max(0, lenient.indexOf('\uFFFD')));
    return { badByte: Buffer.byteLength(before), ...textPlace(before, before.length) };
  }
}
