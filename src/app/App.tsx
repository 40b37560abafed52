import { StoryPage } from './StoryPage.tsx';
import { useDataset } from './useDataset.ts';

/** Loads the dataset, then shows the story; a broken dataset is reported, not half-shown. */
export function App() {
  const state = useDataset();
  if (state.kind === 'loading') {
    return (
      <main className="page">
        {/* Sighted readers see the prerendered story meanwhile; a visible line here would push
            it down as the page starts (a layout shift). */}
        <p className="loading visually-hidden">Loading the timeline…</p>
      </main>
    );
  }
  if (state.kind === 'failed') {
    return (
      <main className="page">
        <div className="load-error" role="alert">
          <h1>The timeline could not be shown</h1>
          <pre>{state.message}</pre>
        </div>
      </main>
    );
  }
  return <StoryPage dataset={state.dataset} />;
}
