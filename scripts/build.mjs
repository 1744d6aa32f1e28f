// Bundles the CLI with esbuild: Node 20 has no compile cache, so one bundle with lazy
// chunks per command starts far faster than hundreds of node_modules files.
import { build } from 'esbuild';
import { cpSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildKindsPlugin } from './kinds-module.mjs';
import { esbuildTemplatesPlugin } from './templates-module.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const at = (name) => new URL(`../${name}`, import.meta.url);

const staging = `dist.${process.pid}.tmp`;
rmSync(at(staging), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/process.ts', index: 'src/index.ts', worker: 'src/check/worker.ts', 'render-worker': 'src/render/batch-worker.ts' },
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __DEKOM_VERSION__: JSON.stringify(pkg.version) },
  // Bundled CommonJS (handlebars) calls require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __dekomRequire } from 'node:module'; const require = __dekomRequire(import.meta.url);" },
  plugins: [esbuildKindsPlugin(root), esbuildTemplatesPlugin(root)],
  legalComments: 'none',
  logLevel: 'warning',
});

// Chunks are named by content hash, so new ones are copied in beside the old, then the
// entries are renamed over theirs: a dekom already running (a parallel test) can still
// load the chunks it expects. Chunks left from builds over an hour old are removed; with
// --clean (for the package), every chunk this build did not write: the same sources give
// the same names, so a dekom running from them loses nothing.
const built = new Set(readdirSync(at(`${staging}/chunks`)));
cpSync(at(`${staging}/chunks`), at('dist/chunks'), { recursive: true });
for (const entry of readdirSync(at(staging))) {
  if (entry !== 'chunks') renameSync(at(`${staging}/${entry}`), at(`dist/${entry}`));
}
rmSync(at(staging), { recursive: true, force: true });
const clean = process.argv.includes('--clean');
const keep = (name) => built.has(name) || (!clean && statSync(at(`dist/chunks/${name}`)).mtimeMs > Date.now() - 3_600_000);
for (const name of readdirSync(at('dist/chunks'))) if (!keep(name)) rmSync(at(`dist/chunks/${name}`), { force: true });
