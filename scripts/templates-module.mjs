// The built-in templates compiled to JavaScript at build time, as the module
// `virtual:dekom-templates`, for the build (esbuild) and the tests (vitest) alike: a render
// then loads Handlebars' runtime only and compiles nothing.
import { build } from 'esbuild';
import path from 'node:path';
import { esbuildKindsPlugin } from './kinds-module.mjs';

export const TEMPLATES_MODULE = 'virtual:dekom-templates';

/**
 * The compiler is dekom's own (src/render/handlebars/compiler.ts: checked references, the
 * Markdown escape), so it is bundled and run here, the same code a user's template goes through.
 */
export async function templatesModuleSource(root) {
  const bundled = await build({
    absWorkingDir: root,
    entryPoints: ['src/render/handlebars/precompile.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20.19',
    banner: { js: `import { createRequire as __dekomRequire } from 'node:module'; const require = __dekomRequire(${JSON.stringify(path.join(root, 'package.json'))});` },
    plugins: [esbuildKindsPlugin(root)],
    logLevel: 'warning',
  });
  const code = bundled.outputFiles[0].text;
  const { precompiledTemplatesModule } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return precompiledTemplatesModule(path.join(root, 'templates'));
}

/** For esbuild: `virtual:dekom-templates` resolves to the compiled templates. */
export function esbuildTemplatesPlugin(root) {
  return {
    name: 'dekom-templates',
    setup(build) {
      build.onResolve({ filter: /^virtual:dekom-templates$/ }, () => ({ path: TEMPLATES_MODULE, namespace: 'dekom-templates' }));
      build.onLoad({ filter: /.*/, namespace: 'dekom-templates' }, async () => ({
        contents: await templatesModuleSource(root),
        loader: 'js',
        watchDirs: [path.join(root, 'templates'), path.join(root, 'templates', 'partials')],
      }));
    },
  };
}

/** For vite and vitest. */
export function viteTemplatesPlugin(root) {
  const resolved = `\0${TEMPLATES_MODULE}`;
  return {
    name: 'dekom-templates',
    resolveId: (id) => (id === TEMPLATES_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? templatesModuleSource(root) : undefined),
  };
}
