import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, dekomInProcess, tempDir } from '../helpers.js';

/**
 * Microsoft's SARIF Multitool (the npm package @microsoft/sarif-multitool, about 100 MB, so not
 * a devDependency): SARIF_MULTITOOL names its binary, which .ci/run installs; else it is
 * looked for on PATH. Without it these tests are skipped, and their names say so.
 */
function findMultitool(): string | undefined {
  const named = process.env['SARIF_MULTITOOL'];
  if (named) return existsSync(named) ? named : undefined;
  for (const folder of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const candidate = path.join(folder, 'Sarif.Multitool');
    if (folder && existsSync(candidate)) return candidate;
  }
  return undefined;
}

const MULTITOOL = findMultitool();
const SKIPPED = MULTITOOL ? '' : ' (skipped: no SARIF Multitool; set SARIF_MULTITOOL to its Sarif.Multitool binary)';

interface Finding {
  ruleId: string;
  level?: string;
  message: { text?: string; id?: string; arguments?: string[] };
}

/** The Multitool's GitHub and SARIF rules on a log; the findings of every level. */
function validate(dir: string, log: string): Finding[] {
  const input = path.join(dir, 'input.sarif');
  const output = path.join(dir, 'findings.sarif');
  writeFileSync(input, log);
  rmSync(output, { force: true });
  const result = spawnSync(MULTITOOL!, ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '-o', output, input], { encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stdout + result.stderr).toBe(0);
  const findings = JSON.parse(readFileSync(output, 'utf8'));
  expect(findings.runs[0].invocations[0].executionSuccessful).toBe(true);
  return findings.runs[0].results;
}

/** Errors and warnings; SARIF's default level, when a result names none, is `warning`. */
const serious = (findings: Finding[]) =>
  findings
    .map((f) => ({ ...f, level: f.level ?? 'warning' }))
    .filter((f) => f.level === 'error' || f.level === 'warning')
    .map((f) => `${f.ruleId} ${f.level}: ${f.message.text ?? `${f.message.id} ${(f.message.arguments ?? []).join(', ')}`}`);

describe('SARIF for GitHub code scanning, by Microsoft’s SARIF Multitool', () => {
  let repo: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir: repo, cleanup } = tempDir());
    mkdirSync(path.join(repo, '.git'));
    mkdirSync(path.join(repo, 'planer', 'vår skole'), { recursive: true });
    cpSync(path.join(FIXTURES, 'draft'), path.join(repo, 'planer'), { recursive: true });
    cpSync(path.join(ROOT, 'examples', 'kommuneplan-lindesnes.yaml'), path.join(repo, 'planer', 'vår skole', 'kommuneplan.yaml'));
    writeFileSync(path.join(repo, 'dekom.config.yaml'), 'today: 2026-11-24\n');
  });
  afterAll(() => cleanup());

  it.skipIf(!MULTITOOL)(`reports no error and no warning for dekom's SARIF${SKIPPED}`, async () => {
    const result = await dekomInProcess(['check', '.', '--format', 'sarif'], { cwd: path.join(repo, 'planer') });
    expect(result.code).toBe(1);
    const findings = validate(repo, result.stdout);
    expect(serious(findings)).toEqual([]);
    // It did look: the notes it leaves (no code snippets, rule ids without numbers) are advice only.
    expect(findings.length).toBeGreaterThan(0);
  });

  it.skipIf(!MULTITOOL)(`does report what GitHub needs and a log lacks${SKIPPED}`, async () => {
    const log = JSON.parse((await dekomInProcess(['check', '.', '--format', 'sarif'], { cwd: repo })).stdout);
    for (const rule of log.runs[0].tool.driver.rules) {
      delete rule.fullDescription;
      rule.name = rule.id;
    }
    const found = serious(validate(repo, JSON.stringify(log)));
    expect(found.some((line) => line.startsWith('GH2012 error'))).toBe(true);
    expect(found.some((line) => line.startsWith('SARIF1001 warning'))).toBe(true);
  });
});
