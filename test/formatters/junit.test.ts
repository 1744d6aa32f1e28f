import { describe, expect, it } from 'vitest';
import { junit } from '../../src/check/formatters/junit.js';
import { ruleDocsUrl } from '../../src/check/registry.js';
import type { Report } from '../../src/check/types.js';
import { CLEAN, DRAFT, TRICKY, options, syntheticReport } from '../fixtures/formatters/report.js';
import { junitSchemaErrors, parseJunit } from './validators.js';

// Everything XML 1.0 allows; anything else in the output would make strict parsers reject it.
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe('junit formatter', () => {
  const xml = junit(syntheticReport(), options());

  it('declares UTF-8 and keeps Norwegian letters as they are', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    expect(xml).toContain('vår plan');
    expect(xml).not.toMatch(/&#(?:229|xE5);/i);
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
  });

  it('has a suite per file with counts, and a passing case for the clean file', () => {
    const { testsuites } = parseJunit(xml);
    expect(testsuites).toMatchObject({ name: 'dekom', tests: '4', failures: '2' });
    expect(testsuites.testsuite.map((s) => [s.name, s.tests, s.failures, s.errors, s.skipped, s.file])).toEqual([
      [DRAFT, '3', '2', '0', '1', DRAFT],
      [CLEAN, '1', '0', '0', '0', CLEAN],
    ]);
    expect(testsuites.testsuite[1]!.testcase).toEqual([{ classname: CLEAN, name: 'dekom check', file: CLEAN }]);
  });

  it('names each case by rule and YAML path, with the file on it and the line in the text', () => {
    const cases = parseJunit(xml).testsuites.testsuite[0]!.testcase;
    expect(cases.map((c) => [c.classname, c.name, c.file])).toEqual([
      [DRAFT, 'placeholder økonomi.kostnader[0].beløp', DRAFT],
      [DRAFT, 'overdue oppgaver[1].frist', DRAFT],
      [DRAFT, 'required situasjonsbeskrivelse', DRAFT],
    ]);
    expect(cases[0]!.failure!.message).toBe(TRICKY);
    expect(cases[0]!.failure!.type).toBe('placeholder');
    expect(cases[0]!.failure!['#text']).toBe(`feil: ${TRICKY}\n${DRAFT}:14:13 (økonomi.kostnader[0].beløp)\n${ruleDocsUrl('placeholder')}`);
  });

  it('keeps every name when lines are added above the problems', () => {
    const shifted = syntheticReport();
    for (const p of shifted.files[0]!.problems) p.line += 7;
    const names = (text: string) => parseJunit(text).testsuites.testsuite[0]!.testcase.map((c) => c.name);
    expect(names(junit(shifted, options()))).toEqual(names(xml));
  });

  it('tells apart two problems of one rule on one path, and names a problem without a path by its rule', () => {
    const report: Report = {
      files: [
        {
          file: 'plan.yaml',
          type: null,
          completeness: 0,
          problems: [
            { rule: 'yaml-syntax', severity: 'error', message: 'a', path: '', line: 1, column: 1, docs: '' },
            { rule: 'placeholder', severity: 'error', message: 'b', path: 'innledning', line: 2, column: 1, docs: '' },
            { rule: 'placeholder', severity: 'error', message: 'c', path: 'innledning', line: 3, column: 1, docs: '' },
          ],
        },
      ],
      summary: { files: 1, errors: 3, warnings: 0 },
    };
    expect(parseJunit(junit(report, options())).testsuites.testsuite[0]!.testcase.map((c) => c.name)).toEqual(['yaml-syntax', 'placeholder innledning', 'placeholder innledning (2)']);
  });

  it('reports a warning as skipped, with its message, unless --fail-severity warning makes it a failure', () => {
    const warning = parseJunit(xml).testsuites.testsuite[0]!.testcase[1]!;
    expect(warning.failure).toBeUndefined();
    expect(warning.skipped!.message).toBe('advarsel: Fristen 2026-03-01 for «Kurs for lærere» er passert (2026-11-24).');
    expect(warning.skipped!['#text']).toMatch(/^advarsel: Fristen 2026-03-01.*\n.*:40:12 \(oppgaver\[1\]\.frist\)\n/);
    expect(parseJunit(junit(syntheticReport(), options('en'))).testsuites.testsuite[0]!.testcase[1]!.skipped!.message).toMatch(/^warning: /);

    const strict = parseJunit(junit(syntheticReport(), options('nb', { failSeverity: 'warning' })));
    expect(strict.testsuites).toMatchObject({ tests: '4', failures: '3' });
    expect(strict.testsuites.testsuite[0]!).toMatchObject({ failures: '3', skipped: '0' });
    expect(strict.testsuites.testsuite[0]!.testcase[1]!.failure!['#text']).toMatch(/^advarsel: Fristen 2026-03-01/);
  });

  it('is valid against the JUnit schema of Jenkins\' xUnit plugin, which does reject a broken report', async () => {
    expect(await junitSchemaErrors(xml)).toEqual([]);
    expect(await junitSchemaErrors(junit(syntheticReport(), options('en', { failSeverity: 'warning' })))).toEqual([]);
    const empty: Report = { files: [], summary: { files: 0, errors: 0, warnings: 0 } };
    expect(await junitSchemaErrors(junit(empty, options()))).toEqual([]);
    expect((await junitSchemaErrors(xml.replace(' tests="3"', ''))).join('\n')).toMatch(/attribute 'tests' is required/);
    expect((await junitSchemaErrors(xml.replace('<testsuites name="dekom"', '<testsuites skipped="1" name="dekom"'))).join('\n')).toMatch(/attribute 'skipped' is not allowed/);
  });

  it('drops characters XML 1.0 forbids and escapes the rest', () => {
    const report: Report = {
      files: [
        {
          file: 'a&b<c>.yaml',
          type: null,
          completeness: 0,
          problems: [{ rule: 'yaml-syntax', severity: 'error', message: "x\u0000y\u0007z\u001B\uFFFE\uD800 'q' \t", path: '', line: 1, column: 2, docs: '' }],
        },
      ],
      summary: { files: 1, errors: 1, warnings: 0 },
    };
    const out = junit(report, options());
    expect(out).toMatch(XML_CHAR);
    expect(out).toContain('name="a&amp;b&lt;c&gt;.yaml"');
    const testcase = parseJunit(out).testsuites.testsuite[0]!.testcase[0]!;
    expect(testcase.classname).toBe('a&b<c>.yaml');
    expect(testcase.failure!.message).toBe("xyz 'q' \t");
  });
});
