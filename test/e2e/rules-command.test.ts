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

  it('prints the page in the reader\'s language: English with --lang en, bokmål for nynorsk readers', () => {
    expect(dekom(['rules', 'goal-smart', '--lang', 'en']).stdout).toBe(readFileSync(path.join(ROOT, 'docs', 'rules', 'en', 'goal-smart.md'), 'utf8'));
    expect(dekom(['rules', 'goal-smart'], { env: { DEKOM_LANG: 'nn' } }).stdout).toBe(readFileSync(path.join(ROOT, 'docs', 'rules', 'goal-smart.md'), 'utf8'));
  });

  it('has a page in bokmål and one in English for every rule, each linking to the other, and every problem links to its reader\'s page', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      const nb = path.join(ROOT, 'docs', 'rules', `${rule.id}.md`);
      const en = path.join(ROOT, 'docs', 'rules', 'en', `${rule.id}.md`);
      for (const page of [nb, en]) if (!existsSync(page)) missing.push(path.relative(ROOT, page));
      if (!existsSync(nb) || !existsSync(en)) continue;
      const nbText = readFileSync(nb, 'utf8');
      const enText = readFileSync(en, 'utf8');
      expect(nbText).toMatch(new RegExp(`^# ${rule.id}\\n\\nStandard alvorlighet: `));
      expect(enText).toMatch(new RegExp(`^# ${rule.id}\\n\\nDefault severity: `));
      expect(nbText).toContain(`(en/${rule.id}.md)`);
      expect(enText).toContain(`(../${rule.id}.md)`);
      expect(ruleDocsUrl(rule.id)).toMatch(new RegExp(`docs/rules/${rule.id}\\.md$`));
      expect(ruleDocsUrl(rule.id, 'en')).toMatch(new RegExp(`docs/rules/en/${rule.id}\\.md$`));
    }
    expect(missing, `rules without a page: ${missing.join(', ')}`).toEqual([]);
    const index = readFileSync(path.join(ROOT, 'docs', 'rules', 'README.md'), 'utf8');
    const englishIndex = readFileSync(path.join(ROOT, 'docs', 'rules', 'en', 'README.md'), 'utf8');
    for (const rule of RULES) {
      expect(index).toContain(`[${rule.id}](${rule.id}.md)`);
      expect(englishIndex).toContain(`[${rule.id}](${rule.id}.md)`);
    }
    const english = JSON.parse(dekom(['check', 'test/fixtures/draft', '--format', 'json', '--today', '2026-11-24', '--lang', 'en']).stdout);
    for (const problem of english.files[0].problems) expect(problem.docs).toBe(ruleDocsUrl(problem.rule, 'en'));
    const report = JSON.parse(dekom(['check', 'test/fixtures/draft', '--format', 'json', '--today', '2026-11-24']).stdout);
    for (const problem of report.files[0].problems) expect(problem.docs).toBe(ruleDocsUrl(problem.rule));
    expect(dekom(['check', 'test/fixtures/draft', '--links', '--today', '2026-11-24']).stdout).toContain(ruleDocsUrl('uh-partner'));
  });
});
