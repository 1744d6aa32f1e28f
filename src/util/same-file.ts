import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** A file the command reads, with the name the user knows it by. */
export interface NamedFile {
  path: string;
  display: string;
}

/** A file as the system knows it: the same pair however many names, links or hard links lead to it. */
interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

/** The file `file` names once every link is followed, or undefined when there is none to be read. */
export function identityOf(file: string): FileIdentity | undefined {
  try {
    // bigint: inode numbers on some file systems do not fit a double.
    const stats = statSync(file, { bigint: true, throwIfNoEntry: false });
    return stats ? { dev: stats.dev, ino: stats.ino } : undefined;
  } catch {
    // A link loop or a locked folder: no file to collide with.
    return undefined;
  }
}

/** Whether two names lead to one file: the same path, a symbolic link, a linked folder, a hard link. */
export function isSameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  const left = identityOf(a);
  const right = left && identityOf(b);
  return right !== undefined && left!.dev === right.dev && left!.ino === right.ino;
}

/** The first of `inputs` that is the same file as `target`, if any. */
export function sameAsAny(target: string, inputs: readonly NamedFile[] | InputFiles): NamedFile | undefined {
  return (inputs instanceof InputFiles ? inputs : new InputFiles(inputs)).find(target);
}

/**
 * The files a command reads, to look targets up in by path and by identity. Each input's
 * identity is taken once, on the first target that exists, so checking every document of
 * a batch against every plan of it costs one look at each file, not one per pair.
 */
export class InputFiles {
  private readonly byPath = new Map<string, NamedFile>();
  private byIdentity: Map<string, NamedFile> | undefined;

  constructor(private readonly files: readonly NamedFile[]) {
    for (const file of files) {
      const resolved = path.resolve(file.path);
      if (!this.byPath.has(resolved)) this.byPath.set(resolved, file);
    }
  }

  /** The input `target` is, by whatever name or link, if any. */
  find(target: string): NamedFile | undefined {
    const named = this.byPath.get(path.resolve(target));
    if (named) return named;
    const own = identityOf(target);
    if (!own) return undefined;
    if (!this.byIdentity) {
      this.byIdentity = new Map();
      for (const file of this.files) {
        const identity = identityOf(file.path);
        const key = identity && identityKey(identity);
        if (key && !this.byIdentity.has(key)) this.byIdentity.set(key, file);
      }
    }
    return this.byIdentity.get(identityKey(own));
  }
}

const identityKey = (identity: FileIdentity) => `${identity.dev}:${identity.ino}`;

/** Symbolic links followed at most this deep, as the kernel does before it says ELOOP. */
const MAX_LINK_HOPS = 40;

/**
 * Where a write to `file` lands: through its symbolic links, so the link stays a link and
 * its target gets the content, as a shell's `>` does. A link that leads nowhere yet is
 * followed to the file it names; a loop is left for the write to report.
 */
export function writeTarget(file: string): string {
  let current = path.resolve(file);
  for (let hop = 0; hop < MAX_LINK_HOPS; hop++) {
    let stats;
    try {
      stats = lstatSync(current, { throwIfNoEntry: false });
    } catch {
      return current;
    }
    if (!stats?.isSymbolicLink()) return realFolder(current);
    current = path.resolve(path.dirname(current), readlinkSync(current));
  }
  return current;
}

/** The path with its folder's links resolved, so the temporary file goes where the file is. */
function realFolder(file: string): string {
  try {
    return path.join(realpathSync(path.dirname(file)), path.basename(file));
  } catch {
    return file;
  }
}
