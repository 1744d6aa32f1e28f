import { chmodSync, linkSync, lstatSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DekomError } from '../../src/errors.js';
import { writeFileAtomic, type OwnKind } from '../../src/util/atomic-write.js';
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

  it('writes through a symbolic link: the link stays, its target gets the content', () => {
    writeFileSync(path.join(dir, 'rapport.txt'), 'gammel');
    symlinkSync('rapport.txt', path.join(dir, 'siste.txt'));
    writeFileAtomic(path.join(dir, 'siste.txt'), 'ny', { force: true });
    expect(lstatSync(path.join(dir, 'siste.txt')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'rapport.txt'), 'utf8')).toBe('ny');
    // A link to nowhere yet creates the file it names.
    symlinkSync('kommer.txt', path.join(dir, 'peker.txt'));
    writeFileAtomic(path.join(dir, 'peker.txt'), 'først');
    expect(readFileSync(path.join(dir, 'kommer.txt'), 'utf8')).toBe('først');
  });

  it('refuses an input under any name: itself, a link, a hard link', () => {
    const plan = path.join(dir, 'plan.yaml');
    writeFileSync(plan, 'dekom: 1\n');
    symlinkSync('plan.yaml', path.join(dir, 'lenke.yaml'));
    linkSync(plan, path.join(dir, 'hard.yaml'));
    for (const name of ['plan.yaml', 'lenke.yaml', 'hard.yaml']) {
      expect(() => writeFileAtomic(path.join(dir, name), 'x', { force: true, display: name, inputs: [{ path: plan, display: 'plan.yaml' }] })).toThrow(
        expect.objectContaining({ key: 'error.outputIsInput', args: { path: name, input: 'plan.yaml' } }),
      );
    }
    expect(readFileSync(plan, 'utf8')).toBe('dekom: 1\n');
  });

  it('with force replaces only a file of its own kind, or an empty one', () => {
    const kind: OwnKind = { refusal: 'error.notOwnReport', recognises: ({ head }) => head.startsWith('RAPPORT') };
    const file = path.join(dir, 'ut.txt');
    writeFileSync(file, 'mine notater');
    expect(() => writeFileAtomic(file, 'RAPPORT 1', { force: true, ownKind: kind, display: 'ut.txt' })).toThrow(
      expect.objectContaining({ key: 'error.notOwnReport', args: { path: 'ut.txt' } }),
    );
    expect(readFileSync(file, 'utf8')).toBe('mine notater');
    writeFileSync(file, '');
    writeFileAtomic(file, 'RAPPORT 1', { force: true, ownKind: kind });
    writeFileAtomic(file, 'RAPPORT 2', { force: true, ownKind: kind });
    expect(readFileSync(file, 'utf8')).toBe('RAPPORT 2');
  });

  it('writes straight to a device, where there is no folder to swap a file into', () => {
    expect(() => writeFileAtomic('/dev/null', 'x', { force: true })).not.toThrow();
    expect(() => writeFileAtomic(dir, 'x', { force: true, display: 'mappe' })).toThrow(expect.objectContaining({ key: 'error.write', args: { path: 'mappe', reason: 'EISDIR' } }));
  });
});
