import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { toPosix } from '../util/posix-path.js';
import type { Report } from './types.js';

/**
 * The folder GitHub and code scanning resolve report paths against: GITHUB_WORKSPACE on
 * a runner, else the enclosing git repository, else the working directory.
 */
export function repositoryRoot(cwd: string, env: Readonly<Record<string, string | undefined>>): string {
  const workspace = env['GITHUB_WORKSPACE'];
  if (workspace) return path.resolve(cwd, workspace);
  for (let folder = path.resolve(cwd); ; ) {
    // `.git` is a folder in a clone and a file in a worktree or submodule.
    if (existsSync(path.join(folder, '.git'))) return folder;
    const parent = path.dirname(folder);
    if (parent === folder) return path.resolve(cwd);
    folder = parent;
  }
}

function inside(root: string, file: string): string | undefined {
  const relative = path.relative(root, file);
  if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return toPosix(relative);
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

/**
 * The report with each file named from `root`, `/`-separated, so an annotation lands on the
 * right file whatever folder dekom ran in; a file outside `root` keeps its absolute path.
 */
export function relativeToRoot(report: Report, cwd: string, root: string): Report {
  const realRoot = realPath(root);
  const rename = (file: string): string => {
    const absolute = path.resolve(cwd, file);
    // The same folder may be reached through a symbolic link (macOS /tmp, a runner's work dir).
    return inside(root, absolute) ?? inside(realRoot, realPath(absolute)) ?? toPosix(absolute);
  };
  return { ...report, files: report.files.map((file) => ({ ...file, file: rename(file.file) })) };
}
