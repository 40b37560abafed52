const whiteSpace = new Set([' ', '\t', '\n', '\r']);
const escapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const hexDigit = /^[0-9a-fA-F]$/;
const digit = /^[0-9]$/;

/** Thrown inside the scan with the offset of the first character JSON does not allow there. */
class Broken {
  constructor(readonly offset: number) {}
}

/**
 * The offset of the first character at which `text` stops being JSON (RFC 8259), or its length
 * when the text ends too soon; undefined when it is JSON. `JSON.parse` says where it stopped
 * for most errors, but not all: Node 20 words an unexpected token ("[1,,]") and the end of the
 * input without a position. Scanning the text again gives the same place it stopped at (the
 * tests hold the two side by side), so a hand-edited file always gets its line and column.
 */
export function jsonErrorOffset(text: string): number | undefined {
  let at = 0;
  const skipSpace = () => {
    while (at < text.length && whiteSpace.has(text[at]!)) at += 1;
  };
  const expect = (ok: boolean) => {
    if (!ok) throw new Broken(at);
  };
  const digits = () => {
    expect(digit.test(text[at] ?? ''));
    while (digit.test(text[at] ?? '')) at += 1;
  };
  const literal = (word: string) => {
    for (const letter of word) {
      expect(text[at] === letter);
      at += 1;
    }
  };
  const string = () => {
    at += 1; // the opening quote
    for (;;) {
      const char = text[at];
      expect(char !== undefined && char >= ' ');
      at += 1;
      if (char === '"') return;
      if (char !== '\\') continue;
      const escaped = text[at] ?? '';
      expect(escaped === 'u' || escapes.has(escaped));
      at += 1;
      if (escaped !== 'u') continue;
      for (let i = 0; i < 4; i += 1) {
        expect(hexDigit.test(text[at] ?? ''));
        at += 1;
      }
    }
  };
  const number = () => {
    if (text[at] === '-') at += 1;
    if (text[at] === '0') at += 1;
    else digits();
    if (text[at] === '.') {
      at += 1;
      digits();
    }
    if (text[at] === 'e' || text[at] === 'E') {
      at += 1;
      if (text[at] === '+' || text[at] === '-') at += 1;
      digits();
    }
  };
  const items = (close: string, item: () => void) => {
    at += 1; // the opening bracket
    skipSpace();
    if (text[at] === close) {
      at += 1;
      return;
    }
    for (;;) {
      item();
      skipSpace();
      if (text[at] === close) {
        at += 1;
        return;
      }
      expect(text[at] === ',');
      at += 1;
    }
  };
  const value = (): void => {
    skipSpace();
    const char = text[at];
    if (char === '{') {
      items('}', () => {
        skipSpace();
        expect(text[at] === '"');
        string();
        skipSpace();
        expect(text[at] === ':');
        at += 1;
        value();
      });
    } else if (char === '[') items(']', value);
    else if (char === '"') string();
    else if (char === '-' || digit.test(char ?? '')) number();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else expect(false);
  };
  try {
    value();
    skipSpace();
    expect(at === text.length);
    return undefined;
  } catch (error) {
    if (error instanceof Broken) return Math.min(error.offset, text.length);
    throw error;
  }
}
