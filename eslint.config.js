import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The pipeline (model, dates, anchor, dataset, draft, export, cli, editorApi) is plain TypeScript: it must never reach up
// into the app or pull in a UI library. Lint enforces the layering so a stray import fails CI.
const pipelineMayNotImport = {
  patterns: [
    { group: ['**/app/**', '**/embed/**'], message: 'The pipeline may not import the app.' },
    {
      group: [
        'react',
        'react-dom',
        'react-dom/*',
        'vis-timeline',
        'vis-timeline/*',
        'vis-data',
        'vis-data/*',
      ],
      message: 'The pipeline has no UI dependencies.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'playwright-report', 'test-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.node } },
  },
  {
    files: ['src/app/**/*.{ts,tsx}', 'src/embed/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The editor is the dev server's alone: nothing the published page loads may import it.
    files: ['src/app/**/*.{ts,tsx}', 'src/embed/**/*.{ts,tsx}'],
    ignores: ['src/app/editor/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/editor/**', '**/editorApi/**', '**/model/editorApi*'],
              message: 'The published page may not import the editor (dev server only).',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'src/{model,dates,anchor,dataset,draft,export,cli,editorApi}/**/*.ts',
      'scripts/**/*.ts',
    ],
    rules: { 'no-restricted-imports': ['error', pipelineMayNotImport] },
  },
);
