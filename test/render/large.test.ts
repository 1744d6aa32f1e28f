import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { docxPart } from './support.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const HEAD = 'dekom: 1\ntype: skoleplan\ntittel: Stor plan\norganisasjon: Skole\n';
const words = (count: number) => Array.from({ length: count }, (_, i) => `ord${i % 97}`).join(' ');

describe('large plans within the limits render to Word; beyond them, one clear message', () => {
  it('a section of 130 000 words in one paragraph', async () => {
    writeFileSync(path.join(dir, 'plan.yaml'), `${HEAD}innledning: ${words(130_000)} slutt\n`);
    const result = await runMain(['render', 'plan.yaml', '-o', 'plan.docx'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(docxPart(path.join(dir, 'plan.docx'), 'word/document.xml')).toContain('slutt');
  }, 60_000);

  it('a table cell of 130 000 words', async () => {
    writeFileSync(path.join(dir, 'plan.yaml'), `${HEAD}oppgaver:\n  - oppgave: Lesing\n    beskrivelse: ${words(130_000)} slutt\n    ansvarlig: Kari\n    frist: 2026-12-01\n`);
    const result = await runMain(['render', 'plan.yaml', '-o', 'plan.docx'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(docxPart(path.join(dir, 'plan.docx'), 'word/document.xml')).toContain('slutt');
  }, 60_000);

  it('50 000 tasks: the check report with the limit, exit 1, nothing written', async () => {
    const task = (i: number) => `  - oppgave: T${i}\n`;
    writeFileSync(path.join(dir, 'plan.yaml'), `${HEAD}oppgaver:\n${Array.from({ length: 50_000 }, (_, i) => task(i)).join('')}`);
    const result = await runMain(['render', 'plan.yaml', '-o', 'plan.docx'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/\d+:\d+ +feil +(Filen har mer enn [\d ]+ YAML-verdier|Listen eller tabellen her har mer enn)/);
    expect(existsSync(path.join(dir, 'plan.docx'))).toBe(false);
  });
});
