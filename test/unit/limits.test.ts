import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBytes } from '../../src/check/engine.js';
import { checkPaths } from '../../src/check/run.js';
import { MAX_PLAN_BYTES, PARSE_LIMITS } from '../../src/load/limits.js';
import { tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';

const OPTIONS = { lang: 'nb', today: '2026-11-24' } as const;
const HEAD = 'dekom: 1\ntype: skoleplan\n';

/** Checks `text` with `limits` in place of the built-in ones. */
function check(text: string, limits: Parameters<typeof checkBytes>[2]['limits'], lang: 'nb' | 'en' = 'nb') {
  return checkBytes('plan.yaml', Buffer.from(text, 'utf8'), { ...OPTIONS, lang, limits });
}

/** The one problem, a yaml-syntax error; its position must be inside the file. */
function onlyLimit(text: string, result: ReturnType<typeof check>) {
  expect(result.problems).toHaveLength(1);
  const [problem] = result.problems;
  expect(problem).toMatchObject({ rule: 'yaml-syntax', severity: 'error' });
  const lines = text.split('\n');
  expect(problem!.line).toBeLessThanOrEqual(lines.length - (text.endsWith('\n') ? 1 : 0));
  expect(problem!.column).toBeLessThanOrEqual(Math.max(1, lines[problem!.line - 1]!.length));
  return problem!;
}

describe('each parse limit is one clear yaml-syntax problem where it is crossed', () => {
  it('lines', () => {
    const text = `${HEAD}${'# merknad\n'.repeat(10)}tittel: x\n`;
    const problem = onlyLimit(text, check(text, { lines: 8 }));
    expect(problem).toMatchObject({ line: 9, column: 1 });
    expect(problem.message).toBe('Filen har mer enn 8 linjer; en plan har noen hundre. Sjekk at det er riktig fil, eller del planen opp.');
    expect(check(text, { lines: 13 }).problems.filter((p) => p.rule === 'yaml-syntax')).toEqual([]);
  });

  it('tokens', () => {
    const text = `${HEAD}tittel: [${','.repeat(50)}]\n`;
    const problem = onlyLimit(text, check(text, { tokens: 30 }));
    expect(problem.line).toBe(3);
    expect(problem.message).toMatch(/^Filen har mer enn 30 YAML-tegn/);
  });

  it('nodes', () => {
    const text = `${HEAD}tittel: Plan\noppgaver:\n${'  - oppgave: x\n    ansvarlig: y\n'.repeat(5)}`;
    const problem = onlyLimit(text, check(text, { nodes: 12 }));
    expect(problem).toMatchObject({ line: 7, column: 3 });
    expect(problem.message).toBe(
      'Filen har mer enn 12 YAML-verdier (nøkler, verdier og listepunkter); en plan har noen hundre. Sjekk at det er riktig fil, eller del planen opp.',
    );
  });

  it('nodes, counting what aliases repeat', () => {
    const text = `${HEAD}a: &a [1, 2, 3, 4, 5]\nb: [*a, *a, *a]\n`;
    const problem = onlyLimit(text, check(text, { nodes: 20 }));
    expect(problem).toMatchObject({ line: 4, column: 9 });
    expect(problem.message).toMatch(/^YAML-aliasene \(\*navn\) gjentar innhold til mer enn 20 verdier/);
  });

  it('depth, in brackets and in indentation, the same whatever the thread count', async () => {
    for (const text of [`${HEAD}tittel: [[[[[[1]]]]]]\n`, `${HEAD}tittel:\n  - - - - - - 1\n`]) {
      const problem = onlyLimit(text, check(text, { depth: 4 }));
      expect(problem.message).toBe('Verdiene her er nøstet mer enn 4 nivåer dypt; en plan har bare noen få nivåer. Sjekk innrykket og klammene.');
    }
    // Far deeper than any stack: the limit answers before the parser could overflow one.
    const { dir, cleanup } = tempDir();
    try {
      const deep = `${HEAD}tittel: ${'['.repeat(200_000)}${']'.repeat(200_000)}\n`;
      const names = Array.from({ length: 310 }, (_, i) => `plan-${String(i).padStart(3, '0')}.yaml`);
      for (const name of names) writeFileSync(path.join(dir, name), name === 'plan-150.yaml' ? deep : `${HEAD}tittel: [[[1]]]\n`);
      const one = await checkPaths(['.'], { cwd: dir, lang: 'nb', today: OPTIONS.today, concurrency: 1 });
      const two = await checkPaths(['.'], { cwd: dir, lang: 'nb', today: OPTIONS.today, concurrency: 2 });
      expect(two).toEqual(one);
      expect(one.files.find((f) => f.file === 'plan-150.yaml')!.problems).toEqual([
        expect.objectContaining({ rule: 'yaml-syntax', line: 3, column: PARSE_LIMITS.depth + 8 }),
      ]);
    } finally {
      cleanup();
    }
  });

  it('entries in a list or a mapping', () => {
    const list = `${HEAD}tittel: [${Array(10).fill('x').join(', ')}]\n`;
    expect(onlyLimit(list, check(list, { entries: 6 })).message).toBe(
      'Listen eller tabellen her har mer enn 6 punkter; det er flere enn dekom leser i én liste. Del planen opp.',
    );
    const rows = `${HEAD}oppgaver:\n${'  - oppgave: x\n'.repeat(8)}`;
    expect(onlyLimit(rows, check(rows, { entries: 6 }))).toMatchObject({ line: 10, column: 3 });
    const keys = `${HEAD}${Array.from({ length: 8 }, (_, i) => `k${i}: 1`).join('\n')}\n`;
    // dekom and type are keys of the same mapping: the seventh key is k4.
    expect(onlyLimit(keys, check(keys, { entries: 6 })).line).toBe(7);
  });

  it('the first limit crossed in the file is the one reported', () => {
    const text = `${HEAD}tittel: [${Array(10).fill('x').join(', ')}]\n${'# merknad\n'.repeat(30)}`;
    expect(onlyLimit(text, check(text, { entries: 5, lines: 20 })).message).toMatch(/^Listen eller tabellen her har mer enn 5 punkter/);
    const later = `${HEAD}${'# merknad\n'.repeat(30)}tittel: [${Array(10).fill('x').join(', ')}]\n`;
    expect(onlyLimit(later, check(later, { entries: 5, lines: 20 }))).toMatchObject({ line: 21, column: 1 });
  });

  it('bytes, as a file or as standard input', async () => {
    const text = `${HEAD}tittel: ${'x'.repeat(200)}\n`;
    const problem = onlyLimit(text, check(text, { bytes: 100 }));
    expect(problem).toMatchObject({ line: 1, column: 1 });
    expect(problem.message).toMatch(/^Filen er 0\.0 MB stor/);
    const piped = await runMain(['check', '-'], { cwd: process.cwd(), stdin: Buffer.alloc(MAX_PLAN_BYTES + 1, 0x61) });
    expect(piped.code).toBe(2);
    expect(piped.stderr).toBe(`dekom: Standard inn ga mer enn ${MAX_PLAN_BYTES / 1024 / 1024} MB; en plan er sjelden over 100 kB. dekom sluttet å lese der. Sjekk hva som sendes inn.\n`);
  });

  it('in English', () => {
    const text = `${HEAD}tittel: [[[[1]]]]\n`;
    expect(check(text, { depth: 2 }, 'en').problems[0]!.message).toBe(
      'The values here are nested more than 2 levels deep; a plan has only a few levels. Check the indentation and the brackets.',
    );
  });

  it('through checkPaths, a file past the injected size is read no further and reported', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, 'stor.yaml'), `${HEAD}tittel: ${'x'.repeat(5000)}\n`);
      const report = await checkPaths(['stor.yaml'], { cwd: dir, lang: 'nb', today: OPTIONS.today, limits: { bytes: 1000 } });
      expect(report.files[0]!.problems).toEqual([expect.objectContaining({ rule: 'yaml-syntax', line: 1, column: 1, message: expect.stringMatching(/MB stor/) })]);
    } finally {
      cleanup();
    }
  });
});

describe('the built-in limits, end to end: exit 1 with one problem just past each, nothing at it', () => {
  const cases: Array<[string, (n: number) => string, number]> = [
    ['lines', (n) => `${HEAD}${'#\n'.repeat(n - 2)}`, PARSE_LIMITS.lines],
    ['entries', (n) => `${HEAD}tittel: [${Array(n).fill('1').join(',')}]\n`, PARSE_LIMITS.entries],
    ['depth', (n) => `${HEAD}tittel: ${'['.repeat(n - 1)}${']'.repeat(n - 1)}\n`, PARSE_LIMITS.depth],
  ];

  it.each(cases)('%s', async (_, make, limit) => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, 'ved.yaml'), make(limit));
      writeFileSync(path.join(dir, 'over.yaml'), make(limit + 1));
      const at = await runMain(['check', 'ved.yaml', '--format', 'json'], { cwd: dir });
      expect(at.stdout).not.toMatch(/yaml-syntax/);
      const over = await runMain(['check', 'over.yaml', '--format', 'json'], { cwd: dir });
      expect(over.code).toBe(1);
      const problems = (JSON.parse(over.stdout) as { files: { problems: { rule: string; message: string }[] }[] }).files[0]!.problems;
      expect(problems).toEqual([expect.objectContaining({ rule: 'yaml-syntax', message: expect.stringContaining(`mer enn ${limit}`) })]);
    } finally {
      cleanup();
    }
  });
});
