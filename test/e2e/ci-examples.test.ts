import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, tempDir } from '../helpers.js';

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

interface Action {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: Step[] };
}

const VERSION = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const DRAFT = path.join(ROOT, 'test', 'fixtures', 'draft', 'utkast-skoleplan.yaml');
const GOOD = path.join(ROOT, 'examples', 'skoleplan-heimdal-ungdomsskole.yaml');

/** The majors current at the time of writing; v3 of upload-sarif is deprecated. */
const CURRENT_ACTIONS: Record<string, string> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'github/codeql-action/upload-sarif': 'v4',
};
const MAINTAINED_NODE = ['22', '24'];

/**
 * A stand-in for `npx` on PATH: the scripts run exactly as written, and `npx --yes dekom@X`
 * runs this build instead of fetching X. Every package asked for is written to a log.
 */
function fakeNpx(dir: string): { bin: string; log: string } {
  const bin = path.join(dir, 'bin');
  const log = path.join(dir, 'npx.log');
  mkdirSync(bin, { recursive: true });
  writeFileSync(
    path.join(bin, 'npx'),
    `#!/usr/bin/env bash\n[ "$1" = --yes ] && shift\necho "$1" >> ${JSON.stringify(log)}\ncase "$1" in dekom|dekom@*) shift ;; *) exit 127 ;; esac\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`,
  );
  chmodSync(path.join(bin, 'npx'), 0o755);
  return { bin, log };
}

function runScript(script: string, cwd: string, bin: string, env: Record<string, string> = {}) {
  return spawnSync('bash', ['-e', '-c', script], { cwd, env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: process.env.HOME ?? '', ...env }, encoding: 'utf8' });
}

/** The few expression forms action.yml uses; anything else fails the test rather than guessing. */
function evaluate(expression: string, inputs: Record<string, string>): boolean {
  return expression.split('&&').every((term) => {
    const part = term.trim();
    if (part === 'always()') return true;
    const match = /^inputs\.([\w-]+) (==|!=) '([^']*)'$/.exec(part);
    if (!match) throw new Error(`unhandled expression in action.yml: ${part}`);
    return (inputs[match[1]!] === match[3]) === (match[2] === '==');
  });
}

function substitute(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
    if (!(name in inputs)) throw new Error(`unknown input ${name}`);
    return inputs[name]!;
  });
}

/** Runs the composite action's `run:` steps as the runner would, `uses:` steps left out. */
function runAction(repo: string, bin: string, given: Record<string, string>, env: Record<string, string>) {
  const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
  const inputs = { ...Object.fromEntries(Object.entries(action.inputs).map(([name, input]) => [name, String(input.default ?? '')])), ...given };
  const results: Array<{ name: string; status: number | null; stdout: string; stderr: string }> = [];
  for (const step of action.runs.steps) {
    if (step.if !== undefined && !evaluate(step.if, inputs)) continue;
    if (step.run === undefined) continue;
    const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([name, value]) => [name, substitute(value, inputs)]));
    const result = runScript(step.run, repo, bin, { ...env, ...stepEnv });
    results.push({ name: step.name ?? '', status: result.status, stdout: result.stdout, stderr: result.stderr });
  }
  return results;
}

function errorCount(repo: string, args: string[]): { files: number; errors: number; warnings: number } {
  const result = spawnSync(process.execPath, [BIN, 'check', ...args, '--format', 'json'], { cwd: repo, encoding: 'utf8' });
  return JSON.parse(result.stdout).summary;
}

describe('the composite action', () => {
  let repo: string;
  let tools: { bin: string; log: string };
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir: repo, cleanup } = tempDir());
    tools = fakeNpx(repo);
    for (const folder of ['planer', 'planer/2026', 'planer/2026/skole']) {
      mkdirSync(path.join(repo, folder), { recursive: true });
      cpSync(DRAFT, path.join(repo, folder, 'utkast.yaml'));
    }
    cpSync(GOOD, path.join(repo, 'planer', '2026', 'skole', 'god.yaml'));
    writeFileSync(path.join(repo, 'dekom.config.yaml'), 'today: 2026-11-24\n');
  });
  afterAll(() => cleanup());

  it('hands a ** pattern to dekom unexpanded, so plans at every depth are checked', () => {
    const expected = errorCount(repo, ['planer']);
    expect(expected.files).toBe(4);
    const summary = path.join(repo, 'summary.md');
    const [check] = runAction(repo, tools.bin, { paths: 'planer/**/*.yaml' }, { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_WORKSPACE: repo });
    expect(check!.name).toBe('Check plans');
    expect(check!.status).toBe(1);
    const lines = check!.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`✖ ${expected.errors + expected.warnings} problemer (${expected.errors} feil, ${expected.warnings} advarsler) i 4 filer`);
    const annotated = new Set(lines.flatMap((line) => /^::(?:error|warning) file=([^,]+),/.exec(line)?.[1] ?? []));
    expect([...annotated].sort()).toEqual(['planer/2026/skole/utkast.yaml', 'planer/2026/utkast.yaml', 'planer/utkast.yaml']);
    expect(readFileSync(summary, 'utf8')).toContain('| planer/2026/skole/god.yaml | 0 | 0 | 100 % |');
  });

  it('takes several patterns, on one line or on many, and passes args and max-warnings on', () => {
    const [spaced] = runAction(repo, tools.bin, { paths: 'planer/2026/**/god.yaml planer/2026/skole/*.yaml' }, {});
    expect(spaced!.stdout.trimEnd().split('\n').at(-1)).toMatch(/ i 2 filer$/);
    const [lines] = runAction(repo, tools.bin, { paths: 'planer/2026/skole/god.yaml\nplaner/2026/skole/god.yaml', 'max-warnings': '0', args: '--lang en' }, {});
    expect(lines!.status).toBe(0);
    expect(lines!.stdout).toContain('No problems in 1 file.');
  });

  it('writes SARIF from the same patterns when asked, and fails on a broken run', () => {
    const steps = runAction(repo, tools.bin, { paths: 'planer/**/*.yaml', sarif: 'true' }, { GITHUB_WORKSPACE: repo });
    expect(steps.map((s) => [s.name, s.status])).toEqual([
      ['Check plans', 1],
      ['Write SARIF', 0],
    ]);
    const log = JSON.parse(readFileSync(path.join(repo, 'dekom.sarif'), 'utf8'));
    expect(log.runs[0].artifacts).toHaveLength(4);
    const broken = runAction(repo, tools.bin, { paths: 'planer', sarif: 'true', args: '--config finnes-ikke.yaml' }, {});
    expect(broken.map((s) => [s.name, s.status === 0])).toEqual([
      ['Check plans', false],
      ['Write SARIF', false],
    ]);
  });

  it('runs the dekom release it belongs to, on a maintained Node, with current actions', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
    expect(action.runs.using).toBe('composite');
    expect(action.inputs['version']!.default).toBe(VERSION);
    expect(MAINTAINED_NODE).toContain(String(action.inputs['node-version']!.default));
    expect(usesOf(action.runs.steps)).toEqual(['actions/setup-node@v7', 'github/codeql-action/upload-sarif@v4']);
    const asked = readFileSync(tools.log, 'utf8').trim().split('\n');
    expect(new Set(asked)).toEqual(new Set([`dekom@${VERSION}`]));
  });
});

function usesOf(steps: readonly Step[]): string[] {
  const uses = steps.flatMap((step) => (step.uses ? [step.uses] : []));
  for (const use of uses) {
    const [name, version] = use.split('@');
    expect([use, version]).toEqual([use, CURRENT_ACTIONS[name!]]);
  }
  return uses;
}

describe('the CI examples a plan repository copies', () => {
  let repo: string;
  let tools: { bin: string; log: string };
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir: repo, cleanup } = tempDir());
    tools = fakeNpx(path.join(repo, '.tools'));
    cpSync(GOOD, path.join(repo, 'god.yaml'));
    cpSync(DRAFT, path.join(repo, 'utkast.yaml'));
    writeFileSync(path.join(repo, 'dekom.config.yaml'), 'today: 2026-11-24\n');
  });
  afterAll(() => cleanup());

  it('github-actions.yml: the check step prints annotations on the lines and fails the job', () => {
    const workflow = parse(readFileSync(path.join(ROOT, 'examples', 'ci', 'github-actions.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    usesOf(steps);
    expect(MAINTAINED_NODE).toContain(String(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))!.with!['node-version']));
    const [check, sarif] = steps.filter((step) => step.run);
    const result = runScript(check!.run!, repo, tools.bin, { GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      '::error file=utkast.yaml,line=14,col=13,title=placeholder::«Klikk eller trykk her for å skrive inn tekst» er plassholdertekst; skriv inn det som skal stå her.',
    );
    expect(lines.some((line) => line.startsWith('::warning file=utkast.yaml,line=62,col=5,title=unknown-key::'))).toBe(true);
    expect(lines.filter((line) => line.includes('file=god.yaml'))).toEqual([]);

    const upload = runScript(sarif!.run!, repo, tools.bin, { GITHUB_ACTIONS: 'true' });
    expect(upload.status).toBe(0);
    expect(existsSync(path.join(repo, 'dekom.sarif'))).toBe(true);
    const log = JSON.parse(readFileSync(path.join(repo, 'dekom.sarif'), 'utf8'));
    expect(log.runs[0].results.length).toBeGreaterThan(10);
    // A run that could not check (exit 2) fails the step instead of uploading nothing.
    writeFileSync(path.join(repo, 'dekom.config.yaml'), 'rules: [\n');
    try {
      expect(runScript(sarif!.run!, repo, tools.bin, {}).status).not.toBe(0);
    } finally {
      writeFileSync(path.join(repo, 'dekom.config.yaml'), 'today: 2026-11-24\n');
    }
  });

  it('gitlab-ci.yml: the script fails the job and after_script writes a JUnit report', () => {
    const pipeline = parse(readFileSync(path.join(ROOT, 'examples', 'ci', 'gitlab-ci.yml'), 'utf8')) as Record<
      string,
      { image: string; script: string[]; after_script: string[]; artifacts: { reports: { junit: string } } }
    >;
    const job = Object.values(pipeline)[0]!;
    expect(MAINTAINED_NODE.map((major) => `node:${major}`)).toContain(job.image);
    expect(runScript(job.script.join('\n'), repo, tools.bin).status).toBe(1);
    expect(runScript(job.after_script.join('\n'), repo, tools.bin).status).toBe(0);
    const junit = readFileSync(path.join(repo, job.artifacts.reports.junit), 'utf8');
    expect(junit).toMatch(/<testsuite name="utkast.yaml"/);
  });

  it('every example runs the pinned dekom release', () => {
    const asked = readFileSync(tools.log, 'utf8').trim().split('\n');
    expect(asked.length).toBeGreaterThanOrEqual(4);
    expect(new Set(asked)).toEqual(new Set([`dekom@${VERSION}`]));
  });

  it('.pre-commit-hooks.yaml skips the YAML files that are not plans', () => {
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string }>;
    expect(hooks[0]).toMatchObject({ id: 'dekom-check' });
    // pre-commit names every staged YAML file: the entry must skip those that are not plans.
    const entry = hooks[0]!.entry.replace(/^dekom /, '');
    writeFileSync(path.join(repo, 'workflow.yml'), 'name: ci\non: push\n');
    const result = spawnSync(process.execPath, [BIN, ...entry.split(' '), 'god.yaml', 'workflow.yml'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(0);
  });
});
