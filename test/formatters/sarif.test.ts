import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/check/formatters/sarif.js';
import { RULES, ruleDocsUrl } from '../../src/check/registry.js';
import type { Report } from '../../src/check/types.js';
import { CLEAN, DRAFT, TRICKY, options, syntheticReport } from '../fixtures/formatters/report.js';
import { ROOT } from '../helpers.js';
import { sarifErrors } from './validators.js';

interface Log {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version?: string; informationUri: string; rules: Array<Record<string, any>> } };
    artifacts: Array<{ location: { uri: string; uriBaseId?: string } }>;
    results: Array<Record<string, any>>;
  }>;
}

function run(lang: 'nb' | 'en' = 'nb', version?: string): { text: string; log: Log } {
  const text = sarif(syntheticReport(), options(lang, version === undefined ? {} : { version }));
  return { text, log: JSON.parse(text) as Log };
}

describe('sarif formatter', () => {
  it('is valid against the official SARIF 2.1.0 schema, in both languages, with and without a version', () => {
    for (const lang of ['nb', 'en'] as const) {
      expect(sarifErrors(run(lang, '1.2.3').log)).toEqual([]);
      expect(sarifErrors(run(lang).log)).toEqual([]);
    }
  });

  it('is checked by a validator that does reject broken SARIF', () => {
    const { log } = run();
    log.runs[0]!.results[0]!['level'] = 'fatal';
    expect(sarifErrors(log).join('\n')).toMatch(/level must be equal to one of the allowed values/);
    const { log: raw } = run();
    raw.runs[0]!.artifacts[0]!.location.uri = DRAFT;
    expect(sarifErrors(raw).join('\n')).toMatch(/uri-reference/);
  });

  it('names the tool and lists every rule with its summary in the report language', () => {
    const { log } = run('en', '1.2.3');
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { driver } = log.runs[0]!.tool;
    expect(driver).toMatchObject({ name: 'dekom', version: '1.2.3', informationUri: 'https://github.com/dekom-no/dekom' });
    expect(driver.rules.map((r) => r['id'])).toEqual(RULES.map((r) => r.id));
    const overdue = driver.rules.find((r) => r['id'] === 'overdue')!;
    expect(overdue).toEqual({
      id: 'overdue',
      shortDescription: { text: RULES.find((r) => r.id === 'overdue')!.summary.en },
      fullDescription: {
        text: 'A task that is not fullført or avlyst has a frist before today.',
        markdown: 'A task that is not `fullført` or `avlyst` has a `frist` before today.',
      },
      help: { text: expect.stringContaining('\nWhat it checks\n'), markdown: expect.stringContaining('\n## What it checks\n') },
      helpUri: ruleDocsUrl('overdue', 'en'),
      defaultConfiguration: { level: 'warning' },
    });
    expect(run('nb').log.runs[0]!.tool.driver.rules[0]!['shortDescription'].text).toBe(RULES[0]!.summary.nb);
    expect(run('nb').log.runs[0]!.tool.driver).not.toHaveProperty('version');
  });

  it('gives every rule its page as help, with links that work outside the repository, and no name equal to its id', () => {
    for (const rule of run().log.runs[0]!.tool.driver.rules) {
      const page = readFileSync(path.join(ROOT, 'docs', 'rules', `${rule['id']}.md`), 'utf8');
      expect(rule).not.toHaveProperty('name');
      expect(rule['fullDescription'].text.length, rule['id']).toBeGreaterThan(20);
      expect(page.replace(/`/g, '')).toContain(rule['fullDescription'].text.split(' ').slice(0, 4).join(' '));
      expect(rule['help'].markdown.length).toBeGreaterThan(page.length * 0.9);
      expect(rule['help'].markdown).not.toMatch(/\]\((?!https:)[^)]*\.md/);
      expect(rule['help'].text).not.toMatch(/```|^#+ /m);
    }
    const goalSmart = run().log.runs[0]!.tool.driver.rules.find((r) => r['id'] === 'goal-smart')!;
    expect(goalSmart['help'].markdown).toContain(`[required](${ruleDocsUrl('required')})`);
    expect(goalSmart['help'].text).toContain(`required (${ruleDocsUrl('required')})`);
    // Examples keep their YAML, comments and indentation included.
    expect(goalSmart['help'].text).toContain('\n    mål:\n      - id: M1\n');
    expect(goalSmart['help'].text).toContain('\n    # ... resten av planen\n');
  });

  it('says the run succeeded, and names the repository root behind %SRCROOT% when it is known', () => {
    expect(run().log.runs[0]).toMatchObject({ invocations: [{ executionSuccessful: true }] });
    expect(run().log.runs[0]).not.toHaveProperty('originalUriBaseIds');
    const log = JSON.parse(sarif(syntheticReport(), options('nb', { sourceRoot: '/srv/planer' })));
    expect(log.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///srv/planer/' } });
    expect(sarifErrors(log)).toEqual([]);
  });

  it('fingerprints a result by file, rule and YAML path, so it survives lines added above it', () => {
    const fingerprint = (report: Report) => (JSON.parse(sarif(report, options())) as Log).runs[0]!.results.map((r) => r['partialFingerprints']['dekomYamlPath/v1'] as string);
    const before = fingerprint(syntheticReport());
    expect(before.every((f) => /^[0-9a-f]{32}$/.test(f))).toBe(true);
    expect(new Set(before).size).toBe(3);
    const shifted = syntheticReport();
    for (const p of shifted.files[0]!.problems) p.line += 5;
    expect(fingerprint(shifted)).toEqual(before);
    const moved = syntheticReport();
    moved.files[0]!.problems[1]!.path = 'oppgaver[2].frist';
    expect(fingerprint(moved)[1]).not.toBe(before[1]);
    const twice = syntheticReport();
    twice.files[0]!.problems.push({ ...twice.files[0]!.problems[0]!, line: 15 });
    const four = fingerprint(twice);
    expect(new Set(four).size).toBe(4);
    expect(four.slice(0, 3)).toEqual(before);
  });

  it('gives one result per problem, with rule, level, message, location and YAML path', () => {
    const { log } = run();
    const results = log.runs[0]!.results;
    expect(results).toHaveLength(3);
    const [first, warning] = results;
    expect(first).toEqual({
      ruleId: 'placeholder',
      ruleIndex: RULES.findIndex((r) => r.id === 'placeholder'),
      level: 'error',
      message: { text: TRICKY },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'planer/v%C3%A5r%20plan%2C%202026.yaml', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 14, startColumn: 13 },
          },
        },
      ],
      partialFingerprints: { 'dekomYamlPath/v1': expect.stringMatching(/^[0-9a-f]{32}$/) },
      properties: { path: 'økonomi.kostnader[0].beløp' },
    });
    expect(warning).toMatchObject({ ruleId: 'overdue', level: 'warning', properties: { path: 'oppgaver[1].frist' } });
    expect(RULES[warning!['ruleIndex'] as number]!.id).toBe('overdue');
  });

  it('lists the clean file as an artifact too, with a percent-encoded relative URI', () => {
    const uris = run().log.runs[0]!.artifacts.map((a) => decodeURIComponent(a.location.uri));
    expect(uris).toEqual([DRAFT, CLEAN]);
  });

  it('is deterministic, without timestamps, and ends with a newline', () => {
    const { text, log } = run();
    expect(run().text).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    // The rule pages show meeting times in their examples; the log itself carries none.
    for (const rule of log.runs[0]!.tool.driver.rules) delete rule['help'];
    expect(JSON.stringify(log)).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });
});
