import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Kind } from '../model/kinds.js';

/**
 * The folder of the installed dekom package: walking up from this module finds it from
 * `src/init/` in development and from `dist/chunks/` once bundled.
 */
export function packageRoot(from: string = import.meta.url): string | undefined {
  let dir = path.dirname(fileURLToPath(from));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: unknown };
      if (pkg.name === 'dekom') return dir;
    } catch {
      // no package.json here, or not readable: keep walking up
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The `$schema` reference for a plan at `target`: the kind's schema, relative to the plan's folder. */
export function schemaReference(target: string, kind: Kind, root: string | undefined): string {
  if (!root) return `https://dekom.no/schemas/${kind}.schema.json`;
  const schema = path.join(root, 'schemas', `${kind}.schema.json`);
  const relative = path.relative(path.dirname(target), schema);
  // On another drive (Windows) there is no relative path; a file URL still works in the editor.
  if (path.isAbsolute(relative)) return pathToFileURL(schema).href;
  return relative.split(path.sep).join('/');
}
