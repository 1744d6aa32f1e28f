import { describe, expect, it } from 'vitest';
import { junit } from '../../src/check/formatters/junit.js';
import { ruleDocsUrl } from '../../src/check/registry.js';
import type { Report } from '../../src/check/types.js';
import { CLEAN, DRAFT, TRICKY, options, syntheticReport } from '../fixtures/formatters/report.js';
import { parseJunit } from './validators.js';

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
    expect(testsuites).toMatchObject({ name: 'dekom', tests: '4', failures: '3' });
    expect(testsuites.testsuite.map((s) => [s.name, s.tests, s.failures, s.errors])).toEqual([
      [DRAFT, '3', '3', '0'],
      [CLEAN, '1', '0', '0'],
    ]);
    expect(testsuites.testsuite[1]!.testcase).toEqual([{ classname: CLEAN, name: 'dekom check' }]);
  });

  it('fails one case per problem, warnings included, with the message intact after escaping', () => {
    const cases = parseJunit(xml).testsuites.testsuite[0]!.testcase;
    expect(cases.map((c) => [c.classname, c.name, c.failure?.type])).toEqual([
      [DRAFT, 'placeholder 14:13', 'placeholder'],
      [DRAFT, 'overdue 40:12', 'overdue'],
      [DRAFT, 'required 3:1', 'required'],
    ]);
    expect(cases[0]!.failure!.message).toBe(TRICKY);
    expect(cases[0]!.failure!['#text']).toBe(`feil: ${TRICKY}\n${DRAFT}:14:13 (økonomi.kostnader[0].beløp)\n${ruleDocsUrl('placeholder')}`);
    expect(cases[1]!.failure!['#text']).toMatch(/^advarsel: Fristen 2026-03-01/);
    expect(parseJunit(junit(syntheticReport(), options('en'))).testsuites.testsuite[0]!.testcase[1]!.failure!['#text']).toMatch(/^warning: /);
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
