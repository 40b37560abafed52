import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../app.css';
import { EditorApp } from './EditorApp.tsx';
import './editor.css';

// The dev server's entry (see editorApiPlugin): the published page never loads this module.
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <EditorApp />
  </StrictMode>,
);
