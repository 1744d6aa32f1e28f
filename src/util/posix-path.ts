import path from 'node:path';

/** Paths in reports, configs and suppressions use `/` on every system. */
export function toPosix(name: string): string {
  return name.split(path.sep).join('/');
}
