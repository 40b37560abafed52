import { escapeHtml } from '../model/escapeHtml.ts';
import { exportFormats } from './exportFormats.ts';

/** Where index.html asks for the footer that links the data files. */
export const dataLinksMarker = '<!-- sourceline:data-links -->';

/** The files the footer links, in its order: the dataset itself first. */
export const linkedData = [
  { file: 'timeline.json', label: 'JSON' },
  exportFormats.csv,
  exportFormats.annotations,
  exportFormats.schema,
] as const;

/**
 * The page's footer: "Data: JSON · CSV · Web Annotations · JSON Schema", each a relative link
 * to the file the build writes beside index.html, so the folder works wherever it is copied.
 */
export function renderDataLinks(): string {
  const links = linkedData.map(
    ({ file, label }) => `<a href="./${escapeHtml(file)}">${escapeHtml(label)}</a>`,
  );
  return `<footer class="data-links"><p>Data: ${links.join(' · ')}</p></footer>`;
}
