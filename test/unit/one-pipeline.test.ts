import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dekomInProcess as runMain, tempDir } from '../helpers.js';


/** check, render and init's closing report read a plan the same way: its config is found above it. */
describe('one way to open a plan', () => {
  let folder: { dir: string; cleanup(): void };
  beforeEach(() => {
    folder = tempDir();
    writeFileSync(path.join(folder.dir, 'dekom.config.yaml'), 'rules:\n  goal-smart: off\n  task-owner: warning\n');
  });
  afterEach(() => folder.cleanup());

  it('init reports what check reports, with the folder’s dekom.config.yaml', async () => {
    const init = await runMain(['init', '--yes', '--type', 'skoleplan', 'plan.yaml'], { cwd: folder.dir });
    expect(init.code).toBe(0);
    const check = await runMain(['check', 'plan.yaml', '--format', 'json'], { cwd: folder.dir });
    const { summary } = JSON.parse(check.stdout) as { summary: { errors: number; warnings: number } };
    expect(check.stdout).not.toContain('"rule":"goal-smart"');
    expect(init.stdout).toContain(`dekom check melder ${summary.errors} feil og ${summary.warnings} advarsler`);
  });

  it('render counts the errors check counts, with the same config', async () => {
    await runMain(['init', '--yes', '--type', 'skoleplan', 'plan.yaml'], { cwd: folder.dir });
    const check = await runMain(['check', 'plan.yaml', '--format', 'json'], { cwd: folder.dir });
    const { summary } = JSON.parse(check.stdout) as { summary: { errors: number } };
    const render = await runMain(['render', 'plan.yaml'], { cwd: folder.dir, env: { SOURCE_DATE_EPOCH: '1764547200' } });
    expect(render.code).toBe(0);
    expect(render.stderr).toContain(`planen har ${summary.errors} feil`);
  });
});
