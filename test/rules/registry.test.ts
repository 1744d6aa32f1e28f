import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, RULES_BY_ID } from '../../src/check/registry.js';
import type { Rule } from '../../src/check/rule.js';
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
const source = (...parts: string[]) => readFileSync(path.join(ROOT, 'src', ...parts), 'utf8');
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Message ids each rule is reported with, read from the code that reports them. */
function reportedIds(): Array<[string, string]> {
  const ids: Array<[string, string]> = [];
  for (const file of readdirSync(RULES_DIR)) {
    for (const m of source('check', 'rules', file).matchAll(/report\(\s*'(\w+)'/g)) ids.push([file.replace(/\.ts$/, ''), m[1]!]);
  }
  for (const m of source('check', 'engine.ts').matchAll(/finding\('([\w-]+)', '(\w+)'/g)) ids.push([m[1]!, m[2]!]);
  const faults = source('load', 'fault-text.ts');
  for (const m of faults.matchAll(/^\s+[A-Z_]+: '(\w+)',$/gm)) ids.push(['yaml-syntax', m[1]!]);
  for (const m of faults.matchAll(/\b[a-z]+: '(limit\w+)'/g)) ids.push(['yaml-syntax', m[1]!]);
  for (const m of faults.matchAll(/messageId: '(\w+)'/g)) ids.push(['yaml-syntax', m[1]!]);
  const yamlIds = faults.slice(faults.indexOf('function yamlMessageId'), faults.indexOf('export function describeFault'));
  for (const m of yamlIds.matchAll(/return [^;]*?'(\w+)'(?: : '(\w+)')?/g)) ids.push(['yaml-syntax', m[1]!], ...(m[2] ? [['yaml-syntax', m[2]] as [string, string]] : []));
  for (const m of source('check', 'engine.ts').matchAll(/finding\('([\w-]+)', [^'\n]*\? '(\w+)' : '(\w+)'/g)) ids.push([m[1]!, m[2]!], [m[1]!, m[3]!]);
  for (const m of source('check', 'validate.ts').matchAll(/messageId: '(\w+)'/g)) ids.push(['schema', m[1]!]);
  for (const m of source('check', 'validate.ts').matchAll(/\? '(\w+)' : '(\w+)'/g)) ids.push(['unknown-key', m[1]!], ['unknown-key', m[2]!]);
  return ids;
}

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

  it('has a message for every message id the code reports', () => {
    const ids = reportedIds();
    expect(ids.length).toBeGreaterThan(40);
    for (const [rule, id] of ids) expect(RULES_BY_ID.get(rule)?.messages[id], `${rule}/${id}`).toBeDefined();
  });
});
