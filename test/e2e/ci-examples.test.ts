import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BIN, ROOT, tempDir } from '../helpers.js';

interface Step {
  name?: string;
  run?: string;
  uses?: string;
}

/** Runs a CI script line as the runner would, with `npx --yes dekom` pointing at this build. */
function runStep(script: string, cwd: string, env: Record<string, string>) {
  const command = script.replace(/npx --yes dekom\b/g, `node ${JSON.stringify(BIN)}`);
  return spawnSync('bash', ['-c', command], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
}

describe('the CI examples a plan repository copies', () => {
  let repo: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir: repo, cleanup } = tempDir());
    cpSync(path.join(ROOT, 'examples', 'skoleplan-heimdal-ungdomsskole.yaml'), path.join(repo, 'god.yaml'));
    cpSync(path.join(ROOT, 'test', 'fixtures', 'draft', 'utkast-skoleplan.yaml'), path.join(repo, 'utkast.yaml'));
    writeFileSync(path.join(repo, 'dekom.config.yaml'), 'today: 2026-11-24\n');
  });
  afterAll(() => cleanup());

  it('github-actions.yml: the check step prints annotations on the lines and fails the job', () => {
    const workflow = parse(readFileSync(path.join(ROOT, 'examples', 'ci', 'github-actions.yml'), 'utf8')) as {
      jobs: Record<string, { steps: Step[] }>;
    };
    const steps = Object.values(workflow.jobs)[0]!.steps.filter((step) => step.run);
    expect(steps.length).toBeGreaterThanOrEqual(2);
    const [check, sarif] = steps;
    const result = runStep(check!.run!, repo, { GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines).toContain(
      '::error file=utkast.yaml,line=14,col=13,title=placeholder::«Klikk eller trykk her for å skrive inn tekst» er plassholdertekst; skriv inn det som skal stå her.',
    );
    expect(lines.some((line) => line.startsWith('::warning file=utkast.yaml,line=62,col=5,title=unknown-key::'))).toBe(true);
    expect(lines.filter((line) => line.includes('file=god.yaml'))).toEqual([]);

    const upload = runStep(sarif!.run!, repo, { GITHUB_ACTIONS: 'true' });
    expect(upload.status).toBe(0);
    expect(existsSync(path.join(repo, 'dekom.sarif'))).toBe(true);
    const log = JSON.parse(readFileSync(path.join(repo, 'dekom.sarif'), 'utf8'));
    expect(log.runs[0].results.length).toBeGreaterThan(10);
  });

  it('gitlab-ci.yml: the script fails the job and after_script writes a JUnit report', () => {
    const pipeline = parse(readFileSync(path.join(ROOT, 'examples', 'ci', 'gitlab-ci.yml'), 'utf8')) as Record<
      string,
      { script: string[]; after_script: string[]; artifacts: { reports: { junit: string } } }
    >;
    const job = Object.values(pipeline)[0]!;
    expect(runStep(job.script.join('\n'), repo, {}).status).toBe(1);
    expect(runStep(job.after_script.join('\n'), repo, {}).status).toBe(0);
    const junit = readFileSync(path.join(repo, job.artifacts.reports.junit), 'utf8');
    expect(junit).toMatch(/<testsuite name="utkast.yaml"/);
  });

  it('action.yml and .pre-commit-hooks.yaml call dekom check', () => {
    const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { runs: { using: string; steps: Step[] } };
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.some((step) => step.run?.includes('check $DEKOM_PATHS --format github'))).toBe(true);
    const hooks = parse(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string }>;
    expect(hooks[0]).toMatchObject({ id: 'dekom-check' });
    // pre-commit names every staged YAML file: the entry must skip those that are not plans.
    const entry = hooks[0]!.entry.replace(/^dekom /, '');
    writeFileSync(path.join(repo, 'workflow.yml'), 'name: ci\non: push\n');
    const result = spawnSync(process.execPath, [BIN, ...entry.split(' '), 'god.yaml', 'workflow.yml'], { cwd: repo, encoding: 'utf8' });
    expect(result.status).toBe(0);
  });
});
