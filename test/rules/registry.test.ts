import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULES_BY_ID } from '../../src/check/registry.js';
import { defineRule, type Rule } from '../../src/check/rule.js';
import { ROOT } from '../helpers.js';

/** The rule ids of the contract (the plan format's rule table), with their default severities. */
const CONTRACT: Record<string, 'error' | 'warning'> = {
  'yaml-syntax': 'error',
  schema: 'error',
  'unknown-key': 'warning',
  required: 'error',
  placeholder: 'error',
  period: 'error',
  'goal-smart': 'error',
  'task-owner': 'error',
  'task-deadline': 'error',
  'in-period': 'warning',
  'owner-known': 'warning',
  'goal-ref': 'error',
  overdue: 'warning',
  'meeting-gap': 'warning',
  'uh-partner': 'error',
  elevstemmen: 'warning',
  egenandel: 'error',
  'cost-year': 'warning',
};

const RULES_DIR = path.join(ROOT, 'src', 'check', 'rules');
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('rule registry', () => {
  it.each(Object.entries(CONTRACT))('registers %s with default %s', (id, severity) => {
    expect(RULES_BY_ID.get(id)?.severity).toBe(severity);
  });

  it('lists the rules sorted by id, each once', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has one file per rule, named by its id', async () => {
    // Sorted as file names: `egenandel-30.ts` comes before `egenandel.ts`, the ids the other way.
    const files = readdirSync(RULES_DIR).sort();
    expect(files).toEqual(RULES.map((rule) => `${rule.id}.ts`).sort());
    for (const file of files) {
      const rule = ((await import(path.join(RULES_DIR, file))) as { default: Rule }).default;
      expect(rule.id).toBe(file.replace(/\.ts$/, ''));
    }
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))('gives %s a summary and messages in nb and en', (_, rule) => {
    expect(rule.summary.nb.trim()).not.toBe('');
    expect(rule.summary.en.trim()).not.toBe('');
    expect(Object.keys(rule.messages).length).toBeGreaterThan(0);
    for (const message of Object.values(rule.messages)) {
      expect(message.nb.trim()).not.toBe('');
      expect(message.en.trim()).not.toBe('');
      expect(placeholders(message.en)).toEqual(placeholders(message.nb));
    }
  });

  it('holds a rule to its own message ids when it compiles (npm test type-checks first)', () => {
    const reported: string[] = [];
    const rule = defineRule({
      id: 'example',
      severity: 'warning',
      summary: { nb: 'Eksempel.', en: 'Example.' },
      messages: { known: { nb: 'Kjent.', en: 'Known.' } },
      check({ report }) {
        report('known', []);
        // @ts-expect-error: a rule reports only the messages it defines
        report('unknown', []);
      },
    });
    rule.check!({ report: (id: string) => reported.push(id) } as never);
    expect(reported).toEqual(['known', 'unknown']);
  });
});
