import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readablePath } from '../../src/model/readable-path.js';
import { kindDefinition } from '../../src/kinds/index.js';
import { dekomInProcess } from '../helpers.js';
import { base, edit } from '../rules/support.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dekom-place-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The plan's one task, titled, loses its owner.
const PLAN = edit(base('skoleplan'), '    ansvarlig: Siri Ødegård\n', '    ansvarlig:\n');
writeFileSync(path.join(dir, 'plan.yaml'), PLAN);

describe('a problem names its section and row in words', () => {
  it('in the terminal, in bokmål: the section title, the row by number and title, the field', async () => {
    const { stdout } = await dekomInProcess(['check', 'plan.yaml'], { cwd: dir });
    const line = stdout.split('\n').find((row) => row.endsWith('task-owner'));
    expect(line).toContain('Oppgaven «Lesestrategier i lærende team» har ingen ansvarlig');
    expect(line).toContain('(Tiltak og fremdriftsplan › Oppgave nr. 1 «Lesestrategier i lærende team» › Ansvarlig)');
    expect(stdout).not.toMatch(/oppgaver\[\d\]/);
  });

  it('in English with --lang en', async () => {
    const { stdout } = await dekomInProcess(['--lang', 'en', 'check', 'plan.yaml'], { cwd: dir });
    expect(stdout).toContain('(Measures and progress plan › Task no. 1 "Lesestrategier i lærende team" › Owner)');
  });

  it('keeps the machine path in json', async () => {
    const { stdout } = await dekomInProcess(['check', '--format', 'json', 'plan.yaml'], { cwd: dir });
    const report = JSON.parse(stdout) as { files: { problems: { rule: string; path: string }[] }[] };
    expect(report.files[0]!.problems.find((p) => p.rule === 'task-owner')).toMatchObject({ path: 'oppgaver[0].ansvarlig' });
  });

  it('counts a row without a title by its number, in nynorsk words for nynorsk', () => {
    const nodes = kindDefinition('skoleplan').sections;
    const data = { oppgaver: [{ oppgave: 'Første' }, { oppgave: '' }, { oppgave: 'Elevsamtaler' }] };
    expect(readablePath(nodes, data, ['oppgaver', 2], 'nb')).toBe('Tiltak og fremdriftsplan › Oppgave nr. 3 «Elevsamtaler»');
    expect(readablePath(nodes, data, ['oppgaver', 1, 'frist'], 'nb')).toBe('Tiltak og fremdriftsplan › Oppgave nr. 2 › Frist');
    expect(readablePath(nodes, data, ['oppgaver', 2], 'nn')).toMatch(/^\S.* › Oppgåve nr\. 3 «Elevsamtaler»$/);
  });

  it('names an untitled task by its number in the message too', async () => {
    writeFileSync(path.join(dir, 'untitled.yaml'), edit(PLAN, '  - oppgave: Lesestrategier i lærende team\n', '  - oppgave:\n'));
    const { stdout } = await dekomInProcess(['check', 'untitled.yaml'], { cwd: dir });
    expect(stdout).toContain('Oppgaven «Oppgave nr. 1» har ingen ansvarlig');
  });
});
