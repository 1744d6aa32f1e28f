// The plan kinds are the folders of src/kinds that hold a kind.ts: this writes the module
// that imports them all, for the build (esbuild) and the tests (vitest) alike, so adding a
// kind is adding its folder and nothing else.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const KINDS_MODULE = 'virtual:dekom-kinds';

export function kindFolders(root) {
  const dir = path.join(root, 'src', 'kinds');
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'kind.ts')))
    .map((entry) => path.join(dir, entry.name, 'kind.ts'))
    .sort();
}

export function kindsModuleSource(root) {
  const files = kindFolders(root);
  const imports = files.map((file, index) => `import kind${index} from ${JSON.stringify(file)};`);
  return `${imports.join('\n')}\nexport default [${files.map((_, index) => `kind${index}`).join(', ')}];\n`;
}

/** For esbuild: `virtual:dekom-kinds` resolves to the generated module. */
export function esbuildKindsPlugin(root) {
  return {
    name: 'dekom-kinds',
    setup(build) {
      build.onResolve({ filter: /^virtual:dekom-kinds$/ }, () => ({ path: KINDS_MODULE, namespace: 'dekom-kinds' }));
      build.onLoad({ filter: /.*/, namespace: 'dekom-kinds' }, () => ({ contents: kindsModuleSource(root), loader: 'js', resolveDir: root, watchDirs: [path.join(root, 'src', 'kinds')] }));
    },
  };
}

/** For vite and vitest. */
export function viteKindsPlugin(root) {
  const resolved = `\0${KINDS_MODULE}`;
  return {
    name: 'dekom-kinds',
    resolveId: (id) => (id === KINDS_MODULE ? resolved : undefined),
    load: (id) => (id === resolved ? kindsModuleSource(root) : undefined),
  };
}
