import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { dekomInProcess, FIXTURES, tempDir } from '../helpers.js';

const MESSY = path.join(FIXTURES, 'cli', 'messy-skoleplan.yaml');
const TODAY = ['--today', '2026-12-02'];
const FIXED_RULES = ['normalised', 'yaml-syntax'];

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const comments = (text: string) => text.split(/\r?\n/).filter((line) => /^\s*#/.test(line));
const run = (args: string[]) => dekomInProcess([...args, ...TODAY, '--lang', 'nb'], { cwd: dir });

describe('dekom check --fix', () => {
  test('a messy plan fixed: dates, synonyms, a lone id, a colon in text, a missing key; then clean of the fixed rules, comments kept', async () => {
    copyFileSync(MESSY, path.join(dir, 'plan.yaml'));
    const before = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    const result = await run(['check', '--fix', 'plan.yaml', '--format', 'json']);
    const after = readFileSync(path.join(dir, 'plan.yaml'), 'utf8');
    expect(result.stderr).toMatch(/^dekom: Rettet \d+ ting i 1 fil/m);

    const plan = parse(after) as Record<string, any>;
    expect(plan['periode'].fra).toBe('2026-08-01');
    expect(plan['tema']).toMatch(/^Tema: lesing/);
    expect(plan['parter'][3].rolle).toBe('uh');
    expect(plan['oppgaver'][1]).toMatchObject({ frist: '2026-09-18', status: 'fullført', mål: ['M2'] });
    expect(plan['kontakt']).toHaveProperty('navn', null);
    expect(after).toMatch(/ {2}# Navn på den som fyller ut planen\.\n {2}navn:\n/);
    expect(after).toMatch(/# Analyse: hvilke sammenhenger[^\n]*\nanalyse:\n# Analysen\noppgaver:/);
    // Everything the author wrote as a comment is still there, in order, byte for byte.
    expect(comments(after).filter((line) => comments(before).includes(line))).toEqual(comments(before));
    expect(after).toContain('  fra: 2026-08-01   # skolestart\n');

    const report = JSON.parse(result.stdout) as { files: { problems: { rule: string }[] }[] };
    const rules = report.files[0]!.problems.map((p) => p.rule);
    for (const rule of FIXED_RULES) expect(rules).not.toContain(rule);
    // The inserted keys are empty: check still asks for them, now where they belong.
    expect(rules).toContain('required');
    expect(result.code).toBe(1);

    const again = await run(['check', '--fix', 'plan.yaml']);
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(after);
    expect(again.stderr).not.toMatch(/Rettet/);
  });

  test('keeps a byte-order mark and CRLF line endings', async () => {
    const text = readFileSync(MESSY, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(path.join(dir, 'plan.yaml'), `\uFEFF${text}`);
    await run(['check', '--fix', 'plan.yaml']);
    const bytes = readFileSync(path.join(dir, 'plan.yaml'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const after = bytes.toString('utf8');
    expect(after.split('\n').length).toBeGreaterThan(100);
    expect(after.match(/(?<!\r)\n/g)).toBeNull();
    expect(after).toContain('  fra: 2026-08-01   # skolestart\r\n');
  });

  test('--fix-dry-run prints a diff git would apply and writes nothing; exit as the fixed plan would get', async () => {
    copyFileSync(MESSY, path.join(dir, 'plan.yaml'));
    const result = await run(['check', '--fix-dry-run', 'plan.yaml']);
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(readFileSync(MESSY, 'utf8'));
    expect(result.stdout).toMatch(/^--- a\/plan\.yaml\n\+\+\+ b\/plan\.yaml\n@@ /);
    expect(result.stdout).toContain('-  fra: 1.8.2026   # skolestart\n+  fra: 2026-08-01   # skolestart\n');
    expect(result.stdout).toContain('\n-    mål: M2\n');
    expect(result.stdout).toContain('\n+    mål: [M2]\n');
    expect(result.stderr).toMatch(/1 fil ville blitt endret \(ikke skrevet\)/);
    expect(result.code).toBe(1);
  });

  test('a clean plan: nothing to fix, the file untouched', async () => {
    const example = path.join(FIXTURES, '..', '..', 'examples', 'skoleplan-heimdal-ungdomsskole.yaml');
    copyFileSync(example, path.join(dir, 'plan.yaml'));
    const dry = await run(['check', '--fix-dry-run', 'plan.yaml']);
    expect(dry.stdout).toBe('');
    expect(dry.stderr).toMatch(/Ingenting å rette automatisk/);
    const result = await run(['check', '--fix', 'plan.yaml']);
    expect(readFileSync(path.join(dir, 'plan.yaml'), 'utf8')).toBe(readFileSync(example, 'utf8'));
    expect(result.stderr).toBe('');
  });

  test('a rule turned off in the config fixes nothing', async () => {
    copyFileSync(MESSY, path.join(dir, 'plan.yaml'));
    writeFileSync(path.join(dir, 'dekom.config.yaml'), 'rules:\n  normalised: off\n  required: off\n');
    const dry = await run(['check', '--fix-dry-run', 'plan.yaml']);
    expect(dry.stdout).not.toContain('+  fra: 2026-08-01');
    expect(dry.stdout).not.toContain('navn:');
    // The colon is a syntax fault: the file cannot be read without the quotes.
    expect(dry.stdout).toContain('+tema: "Tema: lesing');
  });

  test('--fix refuses standard input, which has no file to write back to', async () => {
    const result = await dekomInProcess(['check', '--fix', '-'], { cwd: dir, input: readFileSync(MESSY, 'utf8') });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/standard inn har ingen fil.*--fix-dry-run/);
  });

  test('--fix-dry-run takes standard input', async () => {
    const result = await dekomInProcess(['check', '--fix-dry-run', '-', '--stdin-filename', 'plan.yaml', ...TODAY], { cwd: dir, input: readFileSync(MESSY, 'utf8') });
    expect(result.stdout).toContain('+  fra: 2026-08-01');
  });
});
