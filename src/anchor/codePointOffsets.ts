/**
 * W3C Web Annotation positions count Unicode code points, while JavaScript strings (and the
 * dataset's offsets) count UTF-16 code units. The two differ after any character outside the
 * Basic Multilingual Plane (an emoji, say), which takes two code units but is one code point.
 */

/**
 * The code-point position of the UTF-16 offset `utf16` in `text`.
 *
 * @example toCodePointOffset('a😀b', 3) // 2
 */
export function toCodePointOffset(text: string, utf16: number): number {
  let points = 0;
  for (let i = 0; i < utf16 && i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point: count it once, on the low half.
    const highSurrogate = unit >= 0xd800 && unit <= 0xdbff;
    if (!(highSurrogate && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))))
      points += 1;
  }
  return points;
}

/**
 * The UTF-16 offset of the code-point position `points` in `text`, or `null` past its end.
 *
 * @example toUtf16Offset('a😀b', 2) // 3
 */
export function toUtf16Offset(text: string, points: number): number | null {
  let utf16 = 0;
  for (let counted = 0; counted < points; counted += 1) {
    if (utf16 >= text.length) return null;
    const width = (text.codePointAt(utf16) ?? 0) > 0xffff ? 2 : 1;
    utf16 += width;
  }
  return utf16;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}
