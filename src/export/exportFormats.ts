import type { Dataset } from '../model/dataset.ts';
import { timelineSchema, schemaFile } from './timelineSchema.ts';
import { toTimelineCsv } from './toTimelineCsv.ts';
import { toTimelineJs } from './toTimelineJs.ts';
import { annotationsFile, toWebAnnotations } from './toWebAnnotations.ts';

export type ExportFormat = {
  /** The file every build writes beside timeline.json. */
  file: string;
  /** What the page's footer calls it. */
  label: string;
  /** Its media type, with the charset where the type has none of its own. */
  mediaType: string;
  /** The file's bytes as text: the same dataset always gives the same string. */
  render: (dataset: Dataset) => string;
};

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every format the data goes out in, by the name `npm run export -- --format NAME` takes. The
 * build plugin and the command both render from here, so they cannot disagree.
 */
const formats = {
  timelinejs: {
    file: 'timelinejs.json',
    label: 'TimelineJS',
    mediaType: 'application/json',
    render: (dataset) => json(toTimelineJs(dataset)),
  },
  csv: {
    file: 'timeline.csv',
    label: 'CSV',
    mediaType: 'text/csv; charset=utf-8; header=present',
    render: (dataset) => toTimelineCsv(dataset),
  },
  annotations: {
    file: annotationsFile,
    label: 'Web Annotations',
    mediaType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
    render: (dataset) => json(toWebAnnotations(dataset)),
  },
  // The schema is the format's, the same for every story.
  schema: {
    file: schemaFile,
    label: 'JSON Schema',
    mediaType: 'application/schema+json',
    render: () => json(timelineSchema()),
  },
} satisfies Record<string, ExportFormat>;

export type ExportFormatName = keyof typeof formats;

export const exportFormats: Record<ExportFormatName, ExportFormat> = formats;

export const exportFormatNames = Object.keys(exportFormats) as ExportFormatName[];

export function isExportFormatName(name: string): name is ExportFormatName {
  return Object.hasOwn(exportFormats, name);
}
