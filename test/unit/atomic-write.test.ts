import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DekomError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/util/atomic-write.js';
import { tempDir } from '../helpers.js';

describe('writing output files', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('writes a new file and leaves no temporary file behind', () => {
    const file = path.join(dir, 'plan.md');
    writeFileAtomic(file, '# Plan æøå\n');
    expect(readFileSync(file, 'utf8')).toBe('# Plan æøå\n');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('refuses to replace a file without force, and keeps it as it was', () => {
    const file = path.join(dir, 'plan.md');
    writeFileSync(file, 'mitt arbeid');
    expect(() => writeFileAtomic(file, 'nytt', { display: 'plan.md' })).toThrow(DekomError);
    expect(readFileSync(file, 'utf8')).toBe('mitt arbeid');
    expect(readdirSync(dir)).toEqual(['plan.md']);
  });

  it('replaces with force and keeps the permissions of the file it replaces', () => {
    const file = path.join(dir, 'plan.md');
    writeFileSync(file, 'gammel');
    chmodSync(file, 0o640);
    writeFileAtomic(file, 'ny', { force: true });
    expect(readFileSync(file, 'utf8')).toBe('ny');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('names a missing folder as a write error', () => {
    const error = (() => {
      try {
        writeFileAtomic(path.join(dir, 'finnes-ikke', 'plan.md'), 'x', { display: 'finnes-ikke/plan.md' });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toMatchObject({ key: 'error.write', args: { path: 'finnes-ikke/plan.md', reason: 'ENOENT' } });
  });
});
