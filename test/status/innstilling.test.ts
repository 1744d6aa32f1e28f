import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { planRepository, TODAY } from './repo.js';

let dir: string;
let cleanup: () => void;

beforeAll(() => {
  ({ dir, cleanup } = tempDir());
  planRepository(dir);
  // The second network's long-term plan: one need for 2026 without a cost, one without UH.
  const file = path.join(dir, 'agder/kompetanseplan-setesdal.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^( {4}kostnad: )1150000\n/m, ''));
});
afterAll(() => cleanup());

describe('dekom innstilling', () => {
  it('drafts the year\'s recommendation from the networks\' plans, every measure traced to its file and row, with the sums', async () => {
    const result = await runMain(['innstilling', '.', '--år', '2026', '--fylke', 'Agder', '--today', TODAY], { cwd: dir });
    expect(result.code).toBe(0);
    const text = readFileSync(path.join(dir, 'innstilling.yaml'), 'utf8');
    const draft = parse(text) as { type: string; tilskuddsår: number; tiltak: Array<{ id: string; tittel: string; uh: string[]; tilskudd: Record<string, number>; behovsmelding: string }> };
    expect(draft.type).toBe('innstilling');
    expect(draft.tilskuddsår).toBe(2026);
    const source = parse(readFileSync(path.join(ROOT, 'examples/kompetanseplan-agder-vest.yaml'), 'utf8')) as { kompetansebehov: Array<{ år: number[]; kostnad?: number; tiltak: string }> };
    const needs2026 = source.kompetansebehov.filter((need) => need.år.includes(2026));
    // Both networks' plans hold the same needs; one cost was taken out of the second.
    expect(draft.tiltak).toHaveLength(needs2026.length * 2);
    expect(draft.tiltak.map((measure) => measure.behovsmelding)).toEqual([
      ...needs2026.map((_, i) => `agder/kompetanseplan-agder-vest.yaml, kompetansebehov[${source.kompetansebehov.indexOf(needs2026[i]!)}]`),
      ...needs2026.map((_, i) => `agder/kompetanseplan-setesdal.yaml, kompetansebehov[${source.kompetansebehov.indexOf(needs2026[i]!)}]`),
    ]);
    for (const measure of draft.tiltak) expect(text).toContain(`#   ${measure.id} ← ${measure.behovsmelding}`);
    expect(draft.tiltak[0]!.uh).toContain('Universitetet i Agder');
    const sum = needs2026.reduce((total, need) => total + (need.kostnad ?? 0), 0);
    const kr = (n: number) => `${n.toLocaleString('nb-NO').replace(/\s/g, '\u00a0')}\u00a0kr`;
    const lost = needs2026[0]!.kostnad!;
    expect(result.stderr).toContain(`Sum ${kr(2 * sum - lost)}. Per ordning: DEKOM ${kr(2 * sum - lost)}. Per nettverk: Kompetansenettverket Agder vest ${kr(sum)}, Kompetansenettverket Setesdal ${kr(sum - lost)}. Per UH: Universitetet i Agder ${kr(2 * sum - lost)}.`);
    // What blocks it: the measure with no grant for the year, named with its file and row.
    expect(result.stderr).toMatch(/Dette hindrer innstillingen:\n {2}- T\d+ \(agder\/kompetanseplan-setesdal\.yaml, kompetansebehov\[\d+\]\) har ikke tilskudd eller kostnad for 2026\./);
    // The draft is checked as any plan: what the forum must still fill in, with its line.
    expect(result.stdout).toMatch(/^innstilling\.yaml {2}\(innstilling, \d+ % utfylt\)$/m);
    expect(result.stdout).toMatch(/placeholder$/m);
  });

  it('renders like any plan, and is never written over a file without --force', async () => {
    const render = await runMain(['render', 'innstilling.yaml'], { cwd: dir });
    expect(render.code).toBe(0);
    expect(render.stdout).toMatch(/^# Innstilling til statsforvalteren for 2026, Agder/);
    const again = await runMain(['innstilling', '.', '--år', '2026'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/innstilling\.yaml.*--force/);
    const missing = await runMain(['innstilling', '.'], { cwd: dir });
    expect(missing.code).toBe(2);
    const badYear = await runMain(['innstilling', '.', '--år', 'neste'], { cwd: dir });
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toMatch(/«neste» er ikke et årstall/);
  });
});
