import type * as VisData from 'vis-data/esnext';
import type * as VisTimeline from 'vis-timeline/esnext';

export interface VisLibrary {
  Timeline: typeof VisTimeline.Timeline;
  DataSet: typeof VisData.DataSet;
}

let loading: Promise<VisLibrary> | null = null;

/**
 * vis-timeline, vis-data and the timeline's stylesheet, as one code-split load that starts once.
 * main.tsx starts it before the dataset has arrived, so the library (the largest download)
 * travels alongside the data and the app instead of after them.
 */
export function loadVisTimeline(): Promise<VisLibrary> {
  loading ??= Promise.all([
    import('vis-timeline/esnext'),
    import('vis-data/esnext'),
    import('vis-timeline/styles/vis-timeline-graph2d.css'),
  ]).then(([{ Timeline }, { DataSet }]) => ({ Timeline, DataSet }));
  return loading;
}
