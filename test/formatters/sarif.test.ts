import { describe, expect, it } from 'vitest';
import { sarif } from '../../src/check/formatters/sarif.js';
import { RULES, ruleDocsUrl } from '../../src/check/registry.js';
import { CLEAN, DRAFT, TRICKY, options, syntheticReport } from '../fixtures/formatters/report.js';
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
      name: 'Overdue',
      shortDescription: { text: RULES.find((r) => r.id === 'overdue')!.summary.en },
      helpUri: ruleDocsUrl('overdue'),
      defaultConfiguration: { level: 'warning' },
    });
    expect(driver.rules.find((r) => r['id'] === 'goal-smart')!['name']).toBe('GoalSmart');
    expect(run('nb').log.runs[0]!.tool.driver.rules[0]!['shortDescription'].text).toBe(RULES[0]!.summary.nb);
    expect(run('nb').log.runs[0]!.tool.driver).not.toHaveProperty('version');
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
    const { text } = run();
    expect(run().text).toBe(text);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });
});
