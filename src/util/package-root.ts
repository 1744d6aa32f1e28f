import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

let cached: URL | undefined;

/**
 * The folder of dekom's own package.json. Code runs from src/ in tests and from dist/ or
 * dist/chunks/ when built, so the depth varies; walking up finds it from any of them.
 */
export function packageRoot(): URL {
  if (cached) return cached;
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'dekom') {
      cached = pathToFileURL(`${folder}${path.sep}`);
      return cached;
    }
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error('the dekom package root was not found');
    folder = parent;
  }
}
