import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import type { Kind } from '../../src/kinds/index.js';
import type { FileResult, Problem } from '../../src/check/types.js';
import { checkBytes } from '../../src/check/engine.js';
import { relatedPlans } from '../../src/check/related.js';
import { FIXTURES, checkText } from '../helpers.js';

/** The fixtures of the rule tests: `test/fixtures/rules/<rule>/<name>.yaml`. */
export const RULE_FIXTURES = path.join(FIXTURES, 'rules');

export const KINDS: readonly Kind[] = ['nettverksplan', 'kompetanseplan', 'skoleplan', 'kommuneplan', 'barnehageplan', 'langsiktig_plan', 'innstilling'];

/** The text of a rule fixture, `name` without `.yaml`. */
export function fixture(rule: string, name: string): string {
  return readFileSync(path.join(RULE_FIXTURES, rule, `${name}.yaml`), 'utf8');
}

/** A complete, valid plan of `kind` that every rule passes. */
export function base(kind: Kind): string {
  return fixture('base', kind);
}

/**
 * The text with `from` replaced by `to`; `from` must occur exactly once, so a test cannot
 * silently stop changing what it means to change when a fixture is edited.
 */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`"${from}" must occur exactly once`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** Checks a fixture text as the CLI would, with today fixed at 2026-11-24 unless given. */
export function check(text: string, today?: string, lang: 'nb' | 'en' = 'nb'): FileResult {
  return checkText(text, today, lang);
}

/**
 * Checks a rule fixture from its file, as the CLI would: a plan it names by file (an
 * innstilling's long-term plan) is read beside it.
 */
export function checkFixture(rule: string, name: string, today = '2026-11-24'): FileResult {
  const file = path.join(RULE_FIXTURES, rule, `${name}.yaml`);
  return checkBytes(`${name}.yaml`, readFileSync(file), { lang: 'nb', today, related: relatedPlans(file) });
}

/** The problems one rule reported. */
export function problems(result: FileResult, rule: string): Problem[] {
  return result.problems.filter((problem) => problem.rule === rule);
}

/** Exactly one problem of `rule`, with the position, path and severity expected. */
export function expectOne(
  result: FileResult,
  rule: string,
  where: { line: number; column: number; path: string; severity: Problem['severity'] },
): Problem {
  const found = problems(result, rule);
  expect(found.map(({ line, column, path, severity }) => ({ line, column, path, severity }))).toEqual([where]);
  return found[0]!;
}

/** The same text with CRLF line endings, a UTF-8 BOM, or both: positions must not move. */
export const VARIANTS: ReadonlyArray<[string, (text: string) => string]> = [
  ['LF', (text) => text],
  ['CRLF', (text) => text.replace(/\n/g, '\r\n')],
  ['BOM', (text) => `\uFEFF${text}`],
  ['BOM and CRLF', (text) => `\uFEFF${text.replace(/\n/g, '\r\n')}`],
];

/** A case of `ruleTester`: a fixture of the rule's own, and for a failing one what it reports. */
interface Case {
  name: string;
  /** `test/fixtures/rules/<rule>/<fixture>.yaml`. */
  fixture: string;
  today?: string;
}

interface InvalidCase extends Case {
  problems: Array<{ line: number; column: number; path: string; severity: Problem['severity']; message?: RegExp }>;
}

/**
 * ESLint's RuleTester for dekom: each valid fixture gives the rule nothing to say, each
 * invalid one exactly the problems listed, at their lines, columns and paths.
 */
export function ruleTester(rule: string, cases: { valid: readonly Case[]; invalid: readonly InvalidCase[] }): void {
  for (const valid of cases.valid) {
    it(`is silent: ${valid.name}`, () => {
      expect(problems(checkFixture(rule, valid.fixture, valid.today), rule)).toEqual([]);
    });
  }
  for (const invalid of cases.invalid) {
    it(`reports: ${invalid.name}`, () => {
      const found = problems(checkFixture(rule, invalid.fixture, invalid.today), rule);
      expect(found.map(({ line, column, path, severity }) => ({ line, column, path, severity }))).toEqual(
        invalid.problems.map(({ line, column, path, severity }) => ({ line, column, path, severity })),
      );
      invalid.problems.forEach((expected, index) => {
        if (expected.message) expect(found[index]!.message).toMatch(expected.message);
      });
    });
  }
}
