import { startEmbed } from '../embed/startEmbed.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { loadVisTimeline } from './loadVisTimeline.ts';
import { startLoadingDataset } from './useDataset.ts';
import './app.css';

startEmbed();
// Data and the timeline library load side by side with the app, not one after another.
// A failure here is not lost: the components that wait for these promises report it.
startLoadingDataset().catch(() => undefined);
loadVisTimeline().catch(() => undefined);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
