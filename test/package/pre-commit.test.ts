import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, tempDir } from '../helpers.js';

/** pre-commit comes from Debian's package (apt-get install pre-commit), which .ci/run installs where it can. */
const PRE_COMMIT = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const SKIPPED = PRE_COMMIT ? '' : ' (skipped: pre-commit is not installed; apt-get install pre-commit)';

function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name))), ...extra };
}

const git = (cwd: string, ...args: string[]) =>
  spawnSync('git', ['-c', 'user.name=dekom', '-c', 'user.email=dekom@example.invalid', ...args], { cwd, encoding: 'utf8' });

/**
 * The hook as a plan repository meets it: pre-commit installs dekom from this checkout as a
 * node hook (npm install, then npm pack, whose stdout it takes as the tarball's name, then
 * npm install -g of that tarball) and runs it on the repository's YAML files.
 */
describe('the pre-commit hook', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup?.());

  it.skipIf(!PRE_COMMIT)(
    `installs with pre-commit try-repo and fails on a broken plan, passing the good one and a workflow file${SKIPPED}`,
    () => {
      const repo = path.join(dir, 'planer');
      mkdirSync(path.join(repo, '.github', 'workflows'), { recursive: true });
      cpSync(path.join(ROOT, 'examples', 'skoleplan-heimdal-ungdomsskole.yaml'), path.join(repo, 'god.yaml'));
      cpSync(path.join(FIXTURES, 'draft', 'utkast-skoleplan.yaml'), path.join(repo, 'utkast.yaml'));
      writeFileSync(path.join(repo, '.github', 'workflows', 'ci.yml'), 'name: ci\non: push\njobs: {}\n');
      writeFileSync(path.join(repo, 'dekom.config.yaml'), 'today: 2026-11-24\n');
      expect(git(dir, 'init', '-q', repo).status).toBe(0);
      git(repo, 'add', '.');
      expect(git(repo, 'commit', '-q', '-m', 'planer').status).toBe(0);

      const result = spawnSync('pre-commit', ['try-repo', ROOT, 'dekom-check', '--all-files'], {
        cwd: repo,
        encoding: 'utf8',
        timeout: 300_000,
        env: cleanEnv({ PRE_COMMIT_HOME: path.join(dir, 'pre-commit-home'), NO_COLOR: '1' }),
      });
      const output = result.stdout + result.stderr;
      // A failed install says "An unexpected error has occurred"; a hook that ran says Failed or Passed.
      expect(output).not.toMatch(/unexpected error|CalledProcessError/);
      expect(output).toMatch(/dekom check\.+Failed/);
      expect(result.status).toBe(1);
      expect(output).toContain('utkast.yaml');
      expect(output).toMatch(/placeholder/);
      expect(output).not.toContain('god.yaml');
      expect(output).not.toContain('ci.yml');
    },
    300_000,
  );
});
