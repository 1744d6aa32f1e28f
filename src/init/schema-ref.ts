import path from 'node:path';
import type { Kind } from '../kinds/index.js';

/** The schemas as published with the source; an editor fetches them from any machine. */
export const PUBLISHED_SCHEMAS = 'https://raw.githubusercontent.com/dekom-no/dekom/main/schemas/';

/**
 * The `$schema` reference for a plan at `target`: the kind's schema in the package at
 * `root`, relative to the plan's folder, when the package belongs to the plan's project
 * (`./node_modules/dekom`, or a checkout of dekom the plan lies in); the published URL
 * otherwise. A path into the npx cache or a global install works on this machine only,
 * and breaks once the cache is cleared or the plan is shared.
 */
export function schemaReference(target: string, kind: Kind, root: string | undefined, paths: PathFlavour = path): string {
  const published = `${PUBLISHED_SCHEMAS}${kind}.schema.json`;
  if (!root) return published;
  const folder = paths.dirname(paths.resolve(target));
  const anchor = projectCopy(paths.resolve(root), paths);
  if (!anchor || !within(folder, anchor.project, paths)) return published;
  const relative = paths.relative(folder, paths.join(anchor.root, 'schemas', `${kind}.schema.json`));
  // On another drive (Windows) there is no relative path, and the package is not the project's.
  if (paths.isAbsolute(relative)) return published;
  return relative.split(paths.sep).join('/');
}

/** `node:path` or one of its flavours: tests give `path.win32` or `path.posix` to run both anywhere. */
export type PathFlavour = Pick<typeof path, 'dirname' | 'resolve' | 'relative' | 'join' | 'isAbsolute' | 'sep' | 'parse'>;

/**
 * The folder whose plans may point into the package, and the package folder to point at.
 * In `<project>/node_modules/dekom` the project is the folder above `node_modules`; pnpm's
 * real path `<project>/node_modules/.pnpm/dekom@x/node_modules/dekom` is pointed at through
 * the stable `<project>/node_modules/dekom`. A checkout of dekom is its own project. The
 * npx cache (`…/_npx/…`) belongs to no project.
 */
function projectCopy(root: string, paths: PathFlavour): { project: string; root: string } | undefined {
  const { root: drive } = paths.parse(root);
  const parts = root.slice(drive.length).split(paths.sep).filter(Boolean);
  if (parts.includes('_npx')) return undefined;
  const first = parts.indexOf('node_modules');
  if (first < 0) return { project: root, root };
  const project = paths.join(drive, ...parts.slice(0, first));
  const pnpm = parts[first + 1] === '.pnpm';
  return { project, root: pnpm ? paths.join(project, 'node_modules', parts.at(-1)!) : root };
}

function within(folder: string, ancestor: string, paths: PathFlavour): boolean {
  const relative = paths.relative(ancestor, folder);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${paths.sep}`) && !paths.isAbsolute(relative));
}

