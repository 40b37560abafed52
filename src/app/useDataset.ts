import { useEffect, useState } from 'react';
import type { Dataset } from '../model/dataset.ts';
import { loadDataset } from './loadDataset.ts';

export type DatasetState =
  { kind: 'loading' } | { kind: 'ready'; dataset: Dataset } | { kind: 'failed'; message: string };

let pending: Promise<Dataset> | null = null;

/**
 * Starts loading the dataset, once. main.tsx calls it before React renders, so the request
 * leaves while the app is still starting.
 */
export function startLoadingDataset(): Promise<Dataset> {
  pending ??= loadDataset();
  return pending;
}

/** Loads and validates the dataset once. */
export function useDataset(): DatasetState {
  const [state, setState] = useState<DatasetState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    startLoadingDataset()
      .then((dataset) => live && setState({ kind: 'ready', dataset }))
      .catch(
        (error: unknown) =>
          live &&
          setState({
            kind: 'failed',
            message: error instanceof Error ? error.message : String(error),
          }),
      );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
