import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { storyFromOptions, storyOptions, storyUsage } from '../src/cli/storyOption.ts';
import { buildStoryData } from '../src/cli/buildStoryData.ts';
import { stagePublished } from '../src/cli/stagePublished.ts';
import { writeFileAtomic } from '../src/dataset/writeFileAtomic.ts';
import { Dataset } from '../src/model/dataset.ts';
import { cspHashes, singleFilePolicy } from './cspHashes.ts';
import { inlineSingleFile } from './inlineSingleFile.ts';
import { cspReadmeBlock, replaceReadmeBlock } from './cspReadmeBlock.ts';

// `npm run build:single [-- --story DIR] [--update-readme]`: DIR/dist-single/index.html, one
// file with everything inlined, and the CSP hashes it needs (printed, written to
// dist-single/csp.json, and with --update-readme written into the README's block, which a test
// holds to the build). SOURCELINE_DATA lets tests inline a fixture instead of the story's data.
const usage = `Usage: npm run build:single [-- --story DIR] [--drafts] [--update-readme]
${storyUsage}
  --drafts         include drafted events, marked as not yet reviewed (default: left out)
  --update-readme  write the CSP hashes into README.md`;

let values;
try {
  ({ values } = parseArgs({
    options: { ...storyOptions, drafts: { type: 'boolean' }, 'update-readme': { type: 'boolean' } },
  }));
} catch (error) {
  console.error(
    `build:single: ${error instanceof Error ? error.message : String(error)}\n${usage}`,
  );
  process.exit(2);
}
const story = storyFromOptions(values);
const root = path.resolve(import.meta.dirname, '..');
const staging = path.join(root, 'node_modules/.tmp/single');
const outDir = story.distSingle;
const storyData = path.resolve(process.env.SOURCELINE_DATA ?? story.timeline);

if (process.env.SOURCELINE_DATA === undefined) buildStoryData(story);
const datasetFile = stagePublished(
  storyData,
  path.join(root, 'node_modules/.tmp/single-data'),
  values.drafts ?? false,
);

const dataset = Dataset.parse(JSON.parse(readFileSync(datasetFile, 'utf8')));
// The prerender plugin in vite.config.ts renders the same dataset the page inlines.
process.env.SOURCELINE_DATA = datasetFile;
process.env.SOURCELINE_STORY = story.root;

await build({
  root,
  configFile: path.join(root, 'vite.config.ts'),
  logLevel: 'warn',
  build: {
    outDir: staging,
    emptyOutDir: true,
    copyPublicDir: false,
    cssCodeSplit: false,
    // One chunk holding everything is the point here.
    chunkSizeWarningLimit: 4096,
    // Fonts or images referenced by CSS become data: URIs, since nothing may be fetched.
    assetsInlineLimit: () => true,
    rolldownOptions: { output: { codeSplitting: false } },
  },
});

const html = inlineSingleFile(
  readFileSync(path.join(staging, 'index.html'), 'utf8'),
  (href) => readFileSync(path.join(staging, href), 'utf8'),
  JSON.stringify(dataset),
);
const hashes = cspHashes(html);
const policy = singleFilePolicy(hashes);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
writeFileSync(path.join(outDir, 'index.html'), html);
writeFileSync(path.join(outDir, 'csp.json'), `${JSON.stringify({ ...hashes, policy }, null, 2)}\n`);

if (values['update-readme']) {
  const readme = path.join(root, 'README.md');
  // The README is written by hand: an interrupted write must leave it whole.
  writeFileAtomic(readme, replaceReadmeBlock(readFileSync(readme, 'utf8'), cspReadmeBlock(hashes)));
  console.log('README.md: CSP hashes updated');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `${path.relative(process.cwd(), path.join(outDir, 'index.html'))}  ${kb(Buffer.byteLength(html))}`,
);
console.log(`script hashes: ${hashes.scripts.join(' ')}`);
console.log(`style hashes:  ${hashes.styles.join(' ')}`);
console.log(`Content-Security-Policy: ${policy}`);
