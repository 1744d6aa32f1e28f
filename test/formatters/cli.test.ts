import { beforeAll, describe, expect, it } from 'vitest';
import { FORMAT_NAMES } from '../../src/check/formatters/index.js';
import { dekom } from '../helpers.js';
import { junitSchemaErrors, parseJunit, sarifErrors } from './validators.js';

const DRAFT = 'test/fixtures/draft/utkast-skoleplan.yaml';
const check = (format: string) => dekom(['check', DRAFT, '--format', format, '--today', '2026-11-24']);

describe('dekom check --format, end to end', () => {
  let problems: Array<{ rule: string; severity: string; line: number; column: number }> = [];
  beforeAll(() => {
    const json = JSON.parse(check('json').stdout) as { files: Array<{ problems: typeof problems }> };
    problems = json.files[0]!.problems;
  });

  it('lists every format in --help', () => {
    const help = dekom(['check', '--help']).stdout;
    for (const name of FORMAT_NAMES) expect(help).toContain(name);
  });

  it('prints valid SARIF 2.1.0 for a real draft, one result per problem', () => {
    const result = check('sarif');
    expect(result.stderr).toBe('');
    const log = JSON.parse(result.stdout) as { runs: Array<{ tool: { driver: { version?: string } }; results: Array<{ ruleId: string }> }> };
    expect(sarifErrors(log)).toEqual([]);
    expect(log.runs[0]!.results.map((r) => r.ruleId)).toEqual(problems.map((p) => p.rule));
    expect(log.runs[0]!.tool.driver.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints a GitHub annotation per problem, naming the file from the repository root', () => {
    const lines = check('github').stdout.trimEnd().split('\n');
    // 9 errors and 5 warnings: GitHub shows every one, so no notice comes before the summary.
    expect(lines.some((line) => line.startsWith('::notice'))).toBe(false);
    expect(lines.slice(0, -1)).toEqual(
      problems.map((p) => expect.stringMatching(new RegExp(`^::(error|warning) file=${DRAFT},line=${p.line},col=${p.column},title=${p.rule}::.+`))),
    );
    expect(lines.at(-1)).toMatch(/^✖ \d+ problemer \(\d+ feil, \d+ advarsler\) i 1 fil$/);
  });

  it('prints JUnit XML a CI server can read: errors fail, warnings too with --fail-severity warning', async () => {
    const text = check('junit').stdout;
    expect(await junitSchemaErrors(text)).toEqual([]);
    const { testsuites } = parseJunit(text);
    expect(testsuites.testsuite).toHaveLength(1);
    expect(Number(testsuites.failures)).toBe(problems.filter((p) => p.severity === 'error').length);
    expect(Number(testsuites.testsuite[0]!.skipped)).toBe(problems.filter((p) => p.severity === 'warning').length);
    const strict = dekom(['check', DRAFT, '--format', 'junit', '--today', '2026-11-24', '--fail-severity', 'warning']);
    expect(Number(parseJunit(strict.stdout).testsuites.failures)).toBe(problems.length);
  });

  it('exits 1 for the draft whatever the format', () => {
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) expect([format, check(format).code]).toEqual([format, 1]);
  });
});
