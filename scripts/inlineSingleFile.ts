/**
 * Turns Vite's index.html into one self-contained page: each module script and stylesheet it
 * links is inlined, modulepreload hints go, and the dataset is embedded as
 * `<script type="application/json" id="sourceline-data">`. Fails, naming the reference, when
 * anything would still be fetched, because a file opened from disk or pasted into a CMS cannot
 * fetch it.
 */
export function inlineSingleFile(
  html: string,
  readAsset: (href: string) => string,
  datasetJson: string,
): string {
  const data = `<script type="application/json" id="sourceline-data">${escapeJsonForScript(datasetJson)}</script>`;
  let page = html
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g, (_, href: string) => {
      return `<style>${escapeForElement(readAsset(href), 'style')}</style>`;
    })
    .replace(
      /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/g,
      (_, src: string) =>
        `${data}\n<script type="module">${escapeForElement(readAsset(src), 'script')}</script>`,
    );
  if (!page.includes('id="sourceline-data"')) {
    throw new Error(
      'build:single: expected a <script type="module" src> in index.html, found none',
    );
  }
  const markup = page.replace(/<(script|style)([^>]*)>[\s\S]*?<\/\1>/g, '<$1$2></$1>');
  const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css).join('\n');
  const external =
    /\s(?:src|href)="(?!#|data:)([^"]*)"/.exec(markup) ??
    /url\((?!["']?(?:data:|#))([^)]*)\)/.exec(styles);
  if (external) {
    throw new Error(
      `build:single: expected no external references, found ${JSON.stringify(external[1])}`,
    );
  }
  page = page.replace(/\n{3,}/g, '\n\n');
  return page;
}

/** JSON placed in a script element: `<` as \u003c, so no `</script>` or `<!--` can end it early. */
export function escapeJsonForScript(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/**
 * Code placed in a script or style element must not end it early. Every `</script` (or `</style`)
 * becomes `<\/script`, which reads the same in JavaScript strings, templates, regular expressions
 * and comments (CSS gets `\3c /style`). `<!--` alone is harmless then; only `<!--` followed by
 * a `<script` opener before the next `-->` would make the parser skip the closing tag, and no
 * rewrite of that is safe in every JavaScript context, so it is refused.
 */
export function escapeForElement(code: string, element: 'script' | 'style'): string {
  for (let at = code.indexOf('<!--'); at >= 0; at = code.indexOf('<!--', at + 4)) {
    const close = code.indexOf('-->', at + 4);
    const opener = /<script[\s/>]/i.exec(code.slice(at + 4, close < 0 ? undefined : close));
    if (opener) {
      throw new Error(
        `build:single: expected no "<!--" followed by "<script" in inlined ${element} code, found one at ${at}`,
      );
    }
  }
  const closing = new RegExp(`</(${element})`, 'gi');
  return code.replace(closing, element === 'script' ? '<\\/$1' : '\\3c /$1');
}
