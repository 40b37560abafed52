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
  /** A key and its colon: what comes before each value in an object. */
  const member = () => {
    skipSpace();
    expect(text[at] === '"');
    string();
    skipSpace();
    expect(text[at] === ':');
    at += 1;
  };
  const scalar = () => {
    const char = text[at];
    if (char === '"') string();
    else if (char === '-' || digit.test(char ?? '')) number();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else expect(false);
  };
  /**
   * One value, its arrays and objects walked with a stack of the brackets still open rather
   * than by recursion: a file of 8,000 "[" is as broken as one of two, and a call per level
   * would overflow the stack before the scan could say where it breaks.
   */
  const value = () => {
    const open: string[] = [];
    let wantValue = true;
    for (;;) {
      if (wantValue) {
        skipSpace();
        const char = text[at];
        if (char === '[' || char === '{') {
          const close = char === '[' ? ']' : '}';
          at += 1;
          skipSpace();
          if (text[at] !== close) {
            open.push(close);
            if (close === '}') member();
            continue;
          }
          at += 1; // an empty array or object is a whole value
        } else scalar();
      }
      const close = open.at(-1);
      if (close === undefined) return;
      skipSpace();
      if (text[at] === close) {
        at += 1;
        open.pop();
        wantValue = false;
        continue;
      }
      expect(text[at] === ',');
      at += 1;
      if (close === '}') member();
      wantValue = true;
    }
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
