import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, ruleDocsUrl } from '../../src/check/registry.js';
import { ROOT, dekom } from '../helpers.js';

describe('dekom rules', () => {
  it('lists every rule with its severity and summary, in the chosen language', () => {
    const nb = dekom(['rules']);
    expect(nb.code).toBe(0);
    const lines = nb.stdout.trimEnd().split('\n');
    expect(lines.map((line) => line.split(/\s+/)[0])).toEqual(RULES.map((rule) => rule.id));
    expect(nb.stdout).toMatch(/^goal-smart\s+feil\s+Et resultatmål mangler/m);
    expect(dekom(['rules', '--lang', 'en']).stdout).toMatch(/^meeting-gap\s+warning\s+More than 92 days/m);
  });

  it('prints a rule page, and suggests the id for a typo with exit 2', () => {
    const page = dekom(['rules', 'goal-smart']);
    expect(page.code).toBe(0);
    expect(page.stdout).toBe(readFileSync(path.join(ROOT, 'docs', 'rules', 'goal-smart.md'), 'utf8'));
    const typo = dekom(['rules', 'goal-smrt']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/goal-smart\?/);
  });

  it('has a page for every rule, which every problem links to', () => {
    for (const rule of RULES) {
      const page = path.join(ROOT, 'docs', 'rules', `${rule.id}.md`);
      expect(existsSync(page), page).toBe(true);
      expect(readFileSync(page, 'utf8')).toMatch(new RegExp(`^# ${rule.id}\\n`));
      expect(ruleDocsUrl(rule.id)).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
    }
    const report = JSON.parse(dekom(['check', 'test/fixtures/draft', '--format', 'json', '--today', '2026-11-24']).stdout);
    for (const problem of report.files[0].problems) expect(problem.docs).toBe(ruleDocsUrl(problem.rule));
    expect(dekom(['check', 'test/fixtures/draft', '--links', '--today', '2026-11-24']).stdout).toContain(ruleDocsUrl('uh-partner'));
  });
});
