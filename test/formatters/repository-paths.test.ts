import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relativeToRoot, repositoryRoot } from '../../src/check/report-paths.js';
import { FIXTURES, dekomInProcess, tempDir } from '../helpers.js';

const DRAFT = path.join(FIXTURES, 'draft', 'utkast-skoleplan.yaml');

/** A repository with its plans two folders down, checked from a folder inside it. */
describe('paths in github and sarif output, from the repository root', () => {
  let repo: string;
  let cwd: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir: repo, cleanup } = tempDir());
    mkdirSync(path.join(repo, '.git'));
    cwd = path.join(repo, 'kommune');
    mkdirSync(path.join(cwd, 'planer'), { recursive: true });
    cpSync(DRAFT, path.join(cwd, 'planer', 'utkast.yaml'));
    writeFileSync(path.join(repo, 'dekom.config.yaml'), 'today: 2026-11-24\n');
  });
  afterAll(() => cleanup());

  const check = (format: string, env: Record<string, string> = {}, at = cwd) => dekomInProcess(['check', 'planer', '--format', format], { cwd: at, env });
  const annotated = (stdout: string) => [...new Set(stdout.split('\n').flatMap((line) => /^::\w+ file=([^,]+),/.exec(line)?.[1] ?? []))];

  it('github: relative to the git root when dekom runs in a subfolder (working-directory:)', async () => {
    expect(annotated((await check('github')).stdout)).toEqual(['kommune/planer/utkast.yaml']);
  });

  it('github: relative to GITHUB_WORKSPACE when it is set', async () => {
    expect(annotated((await check('github', { GITHUB_WORKSPACE: path.join(repo, 'kommune') })).stdout)).toEqual(['planer/utkast.yaml']);
    expect(annotated((await check('github', { GITHUB_WORKSPACE: repo })).stdout)).toEqual(['kommune/planer/utkast.yaml']);
  });

  it('sarif: URIs relative to %SRCROOT%, which names the repository root', async () => {
    const log = JSON.parse((await check('sarif')).stdout);
    const run = log.runs[0];
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(`${repo}/`).href } });
    expect(run.artifacts.map((a: { location: unknown }) => a.location)).toEqual([{ uri: 'kommune/planer/utkast.yaml', uriBaseId: '%SRCROOT%' }]);
    expect(new Set(run.results.map((r: any) => r.locations[0].physicalLocation.artifactLocation.uri))).toEqual(new Set(['kommune/planer/utkast.yaml']));
  });

  it('stylish and json keep the paths as given', async () => {
    expect(JSON.parse((await check('json')).stdout).files.map((f: { file: string }) => f.file)).toEqual(['planer/utkast.yaml']);
    expect((await check('stylish')).stdout.split('\n')[0]).toMatch(/^planer\/utkast\.yaml {2}\(/);
  });

  it('a file outside the repository keeps its absolute path', async () => {
    const { dir: elsewhere, cleanup: done } = tempDir();
    try {
      cpSync(DRAFT, path.join(elsewhere, 'annen.yaml'));
      const result = await dekomInProcess(['check', path.join(elsewhere, 'annen.yaml'), '--format', 'github', '--today', '2026-11-24'], { cwd });
      expect(annotated(result.stdout)).toEqual([path.join(elsewhere, 'annen.yaml').split(path.sep).join('/')]);
    } finally {
      done();
    }
  });
});

describe('the repository root', () => {
  it('is GITHUB_WORKSPACE, else the folder with .git (a folder or a worktree’s file), else the working directory', () => {
    const { dir, cleanup } = tempDir();
    try {
      const deep = path.join(dir, 'a', 'b');
      mkdirSync(deep, { recursive: true });
      expect(repositoryRoot(deep, { GITHUB_WORKSPACE: path.join(dir, 'a') })).toBe(path.join(dir, 'a'));
      writeFileSync(path.join(dir, 'a', '.git'), 'gitdir: /elsewhere\n');
      expect(repositoryRoot(deep, {})).toBe(path.join(dir, 'a'));
    } finally {
      cleanup();
    }
    expect(repositoryRoot('/', {})).toBe('/');
  });

  it('renames files into it, through a symbolic link too', () => {
    const report = { files: [{ file: 'x/plan.yaml', type: null, completeness: 0, problems: [] }], summary: { files: 1, errors: 0, warnings: 0 } };
    expect(relativeToRoot(report, '/repo/sub', '/repo').files[0]!.file).toBe('sub/x/plan.yaml');
    expect(relativeToRoot(report, '/repo/sub', '/other').files[0]!.file).toBe('/repo/sub/x/plan.yaml');
    expect(relativeToRoot(report, '/repo', '/repo').summary).toBe(report.summary);
    const { dir, cleanup } = tempDir();
    try {
      mkdirSync(path.join(dir, 'real', 'sub', 'x'), { recursive: true });
      writeFileSync(path.join(dir, 'real', 'sub', 'x', 'plan.yaml'), '');
      symlinkSync(path.join(dir, 'real'), path.join(dir, 'link'));
      expect(relativeToRoot(report, path.join(dir, 'link', 'sub'), path.join(dir, 'real')).files[0]!.file).toBe('sub/x/plan.yaml');
    } finally {
      cleanup();
    }
  });
});

describe('the GitHub job summary, written by dekom check --format github', () => {
  let repo: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir: repo, cleanup } = tempDir());
    cpSync(DRAFT, path.join(repo, 'utkast.yaml'));
    cpSync(path.join(FIXTURES, '..', '..', 'examples', 'skoleplan-heimdal-ungdomsskole.yaml'), path.join(repo, 'god.yaml'));
    writeFileSync(path.join(repo, 'dekom.config.yaml'), 'today: 2026-11-24\n');
  });
  afterAll(() => cleanup());

  it('appends a table of every file to GITHUB_STEP_SUMMARY, warnings counted even under --quiet', async () => {
    const summary = path.join(repo, 'summary.md');
    writeFileSync(summary, 'from an earlier step\n');
    const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: repo };
    const result = await dekomInProcess(['check', '.', '--format', 'github', '--quiet'], { cwd: repo, env });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toContain('::warning');
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('from an earlier step\n### dekom check\n')).toBe(true);
    expect(text).toContain('| god.yaml | 0 | 0 | 100 % |');
    expect(text).toContain('| utkast.yaml | 9 | 5 | 75 % |');
  });

  it('leaves it alone for the other formats, and without the variable', async () => {
    const summary = path.join(repo, 'untouched.md');
    writeFileSync(summary, '');
    for (const format of ['stylish', 'json', 'sarif', 'junit']) await dekomInProcess(['check', '.', '--format', format], { cwd: repo, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(readFileSync(summary, 'utf8')).toBe('');
    expect((await dekomInProcess(['check', '.', '--format', 'github'], { cwd: repo })).code).toBe(1);
  });

  it('warns when the summary cannot be written, and still reports and exits as before', async () => {
    const result = await dekomInProcess(['check', '.', '--format', 'github'], { cwd: repo, env: { GITHUB_STEP_SUMMARY: path.join(repo, 'finnes-ikke', 'summary.md') } });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('::error file=utkast.yaml,');
    expect(result.stderr).toMatch(/^dekom: Kunne ikke skrive jobbsammendraget til «.*finnes-ikke\/summary\.md»: .+\. Merknadene over er likevel skrevet\.\n$/);
  });
});
