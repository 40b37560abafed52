import type { Source } from './source.ts';

/** How an article is named to readers: its outlet when the text states one, else its file. */
export function sourceName(source: Pick<Source, 'outlet' | 'file'>): string {
  return source.outlet ?? source.file.split('/').at(-1) ?? source.file;
}

/** The article's name with its publication date, e.g. "News.Az, published Wed 6 Aug 2025". */
export function sourceCitation(source: Pick<Source, 'outlet' | 'file' | 'publishedLabel'>): string {
  return `${sourceName(source)}, published ${source.publishedLabel}`;
}
