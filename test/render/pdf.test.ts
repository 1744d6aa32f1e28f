import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dekom, tempDir } from '../helpers.js';
import { EPOCH, EXAMPLES } from './support.js';

/** LibreOffice is a large install; the test runs where it is, and says it skipped elsewhere. */
const soffice = ['soffice', 'libreoffice'].find((command) => spawnSync(command, ['--version'], { encoding: 'utf8' }).status === 0);
const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined;

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup?.());

describe.skipIf(!soffice)('LibreOffice opens every rendered Word file', () => {
  it.each(EXAMPLES)('%s converts to PDF with its headings and Norwegian letters', (file) => {
    const docx = path.join(dir, `${path.basename(file, '.yaml')}.docx`);
    expect(dekom(['render', file, '-o', docx], { env: { SOURCE_DATE_EPOCH: EPOCH } }).code).toBe(0);
    // A profile of its own, so a LibreOffice the user has open does not take the job.
    const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
    const converted = spawnSync(soffice!, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 120_000 });
    const pdf = docx.replace(/\.docx$/, '.pdf');
    expect(existsSync(pdf), converted.stderr).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (!pdftotext) return;
    const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toMatch(/Evaluering/);
    expect(text).toMatch(/[æøå]/);
    expect(text).toMatch(/Side 2 av \d+/);
  }, 180_000);
});

/** A fontconfig setup that hides Carlito, as on a server with only LibreOffice's own fonts. */
function withoutCarlito(): string {
  const file = path.join(dir, 'fonts-without-carlito.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n  <selectfont><rejectfont><pattern><patelt name="family"><string>Carlito</string></patelt></pattern></rejectfont></selectfont>\n</fontconfig>\n`,
  );
  return file;
}

describe.skipIf(!soffice || !pdftotext)('LibreOffice without Calibri or Carlito', () => {
  it.each(['examples/skoleplan-heimdal-ungdomsskole.yaml', 'examples/kompetanseplan-agder-vest.yaml'])(
    '%s: no word in a table is broken inside, in the wider font it falls back to',
    (file) => {
      const docx = path.join(dir, `uten-carlito-${path.basename(file, '.yaml')}.docx`);
      expect(dekom(['render', file, '-o', docx], { env: { SOURCE_DATE_EPOCH: EPOCH } }).code).toBe(0);
      const env = { ...process.env, FONTCONFIG_FILE: withoutCarlito() };
      const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile-fallback')}`;
      spawnSync(soffice!, [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 120_000, env });
      const pdf = docx.replace(/\.docx$/, '.pdf');
      const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout ?? '';
      if (fonts) expect(fonts).not.toMatch(/Carlito/);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      // The longest word of the task tables; "Midtveisevaluerin" at a line's end would be a split.
      expect(text).toContain('Midtveisevaluering');
      expect(text).not.toMatch(/Midtveisevaluerin(?!g)/);
    },
    180_000,
  );
});
