import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds/index.js';
import { checkText } from '../helpers.js';

/** Values that have tripped linters before: wrong shapes, prototype names, nulls, odd keys. */
const ODD_VALUES = ['null', '[]', '{}', '[1, [2]]', '{a: {b: {c: 1}}}', '42', 'true', 'toString', '__proto__', 'constructor', '"  "', '2026-13-45'];
const KEYS = ['tittel', 'periode', 'kontakt', 'parter', 'mål', 'oppgaver', 'tidsplan', 'rammer', 'intensjoner', 'analyse', 'kompetansebehov', 'ressurser', 'forankringsstrategi', 'innstillingsår', 'evaluering'];

function plan(kind: string, key: string, value: string): string {
  return `dekom: 1\ntype: ${kind}\norganisasjon: Skole\n${key}: ${value}\n`;
}

describe('odd values anywhere never crash a rule', () => {
  const cases = KINDS.flatMap((kind) => KEYS.flatMap((key) => ODD_VALUES.map((value) => [kind, key, value] as const)));

  it.each(cases)('%s with %s: %s', (kind, key, value) => {
    const result = checkText(plan(kind, key, value));
    expect(result.type).toBe(kind);
    for (const problem of result.problems) {
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
      expect(problem.message).not.toMatch(/undefined|\{\w+\}|\[object Object\]/);
    }
  });

  it('rows holding prototype names as roles, keys and values', () => {
    const text = `dekom: 1
type: nettverksplan
parter:
  - navn: constructor
    rolle: toString
  - __proto__: x
    rolle: hasOwnProperty
oppgaver:
  - oppgave: valueOf
    ansvarlig: constructor
    mål: [__proto__, toString]
1: numeric key
? [a, b]
: collection key
`;
    const result = checkText(text);
    expect(result.problems.find((p) => p.path === '1')).toMatchObject({ rule: 'unknown-key', line: 12, column: 1 });
    expect(result.problems.filter((p) => p.rule === 'goal-ref').map((p) => p.path)).toEqual(['oppgaver[0].mål[0]', 'oppgaver[0].mål[1]']);
  });

  it('a null parter is reported where it is written', () => {
    const result = checkText('dekom: 1\ntype: kompetanseplan\ntittel: x\nparter:\n');
    expect(result.problems.find((p) => p.rule === 'uh-partner')).toMatchObject({ line: 4, column: 1 });
  });
});
