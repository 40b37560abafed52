import { describe, expect, it } from 'vitest';
import { escapeForElement, escapeJsonForScript, inlineSingleFile } from './inlineSingleFile.ts';

const viteHtml = [
  '<head>',
  '<script type="module" crossorigin src="./assets/index-a.js"></script>',
  '<link rel="modulepreload" crossorigin href="./assets/vis-b.js">',
  '<link rel="stylesheet" crossorigin href="./assets/index-c.css">',
  '</head><body><a href="#event=x">x</a></body>',
].join('\n');
const assets: Record<string, string> = {
  './assets/index-a.js': 'console.log("</script>")',
  './assets/index-c.css': 'body{color:red}',
};
const read = (href: string) => assets[href] ?? `missing ${href}`;

describe('inlineSingleFile', () => {
  it('inlines the module script and stylesheet and drops modulepreload hints', () => {
    const page = inlineSingleFile(viteHtml, read, '{"a":1}');
    expect(page).toContain('<script type="module">console.log("<\\/script>")</script>');
    expect(page).toContain('<style>body{color:red}</style>');
    expect(page).not.toContain('modulepreload');
    expect(page).not.toContain('./assets/');
  });

  it('embeds the dataset as a JSON script before the app script', () => {
    const page = inlineSingleFile(viteHtml, read, '{"t":"</script>"}');
    expect(page).toContain(
      '<script type="application/json" id="sourceline-data">{"t":"\\u003c/script>"}</script>\n<script type="module">',
    );
  });

  it('refuses a page that would still fetch something, naming the reference', () => {
    expect(() => inlineSingleFile(`${viteHtml}<img src="logo.png">`, read, '{}')).toThrow(
      'expected no external references, found "logo.png"',
    );
    const fontCss = (href: string) => (href.endsWith('.css') ? 'a{background:url(x.woff)}' : '');
    expect(() => inlineSingleFile(viteHtml, fontCss, '{}')).toThrow('found "x.woff"');
  });
});

describe('escapeJsonForScript', () => {
  it('keeps the JSON equal to its input when parsed', () => {
    const json = JSON.stringify({ quote: '<script>alert(1)</script><!--' });
    expect(JSON.parse(escapeJsonForScript(json))).toEqual(JSON.parse(json));
    expect(escapeJsonForScript(json)).not.toContain('<');
  });
});

describe('escapeForElement', () => {
  it('breaks a closing style tag inside CSS', () => {
    expect(escapeForElement('a::after{content:"</style>"}', 'style')).toBe(
      'a::after{content:"\\3c /style>"}',
    );
  });

  it('leaves a lone HTML comment opener, which cannot end the element', () => {
    expect(escapeForElement('s.indexOf(`<!--`); s.indexOf(`-->`); x = `<script>`', 'script')).toBe(
      's.indexOf(`<!--`); s.indexOf(`-->`); x = `<script>`',
    );
  });

  it('refuses a comment opener followed by a script opener, which would hide the closing tag', () => {
    expect(() => escapeForElement('a = "<!--"; b = "<script>"', 'script')).toThrow(
      'expected no "<!--" followed by "<script" in inlined script code, found one at 5',
    );
  });
});
