// Bundles the CLI with esbuild: Node 20 has no compile cache, so one bundle with lazy
// chunks per command starts far faster than hundreds of node_modules files.
import { build } from 'esbuild';
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// Built beside dist/ and swapped in, so a CLI already running (a parallel test) never
// finds dist/ half-written.
const staging = `dist.${process.pid}.tmp`;
rmSync(new URL(`../${staging}`, import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/process.ts', index: 'src/index.ts', worker: 'src/check/worker.ts' },
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
  legalComments: 'none',
  logLevel: 'warning',
});
const old = `dist.${process.pid}.old`;
try {
  renameSync(new URL('../dist', import.meta.url), new URL(`../${old}`, import.meta.url));
} catch {
  // first build
}
renameSync(new URL(`../${staging}`, import.meta.url), new URL('../dist', import.meta.url));
rmSync(new URL(`../${old}`, import.meta.url), { recursive: true, force: true });
