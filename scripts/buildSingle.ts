import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { Dataset } from '../src/model/dataset.ts';
import { cspHashes, singleFilePolicy } from './cspHashes.ts';
import { inlineSingleFile } from './inlineSingleFile.ts';
import { cspReadmeBlock, replaceReadmeBlock } from './cspReadmeBlock.ts';

// `npm run build:single [-- --update-readme]`: dist-single/index.html, one file with everything
// inlined, and the CSP hashes it needs (printed, written to dist-single/csp.json, and with
// --update-readme written into the README's block, which a test holds to the build).
const root = path.resolve(import.meta.dirname, '..');
const staging = path.join(root, 'node_modules/.tmp/single');
const outDir = path.join(root, 'dist-single');
const datasetFile = path.resolve(root, process.env.SOURCELINE_DATA ?? 'public/timeline.json');

const dataset = Dataset.parse(JSON.parse(readFileSync(datasetFile, 'utf8')));

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

if (process.argv.includes('--update-readme')) {
  const readme = path.join(root, 'README.md');
  writeFileSync(readme, replaceReadmeBlock(readFileSync(readme, 'utf8'), cspReadmeBlock(hashes)));
  console.log('README.md: CSP hashes updated');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`dist-single/index.html  ${kb(Buffer.byteLength(html))}`);
console.log(`script hashes: ${hashes.scripts.join(' ')}`);
console.log(`style hashes:  ${hashes.styles.join(' ')}`);
console.log(`Content-Security-Policy: ${policy}`);
