import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers.js';
import { kommuneplanNynorsk, kompetanseplanSkjema, nettverksplanUia, skoleplanTrondelag } from './hand-made.js';

/**
 * The hand-made documents, kept in test/fixtures/import so a person can open them in Word
 * and run `dekom import` on them (the README does). They are made by the generator in
 * hand-made.ts; `UPDATE_FIXTURES=1 npx vitest run test/import/fixtures.test.ts` writes them again.
 */
const MADE: Record<string, () => Uint8Array> = {
  'lade-skoleplan.docx': skoleplanTrondelag,
  'nordfjord-kompetanseplan.docx': kompetanseplanSkjema,
  'sunnhordland.docx': nettverksplanUia,
  'stryn-kommuneplan.docx': kommuneplanNynorsk,
};

describe('test/fixtures/import', () => {
  it.each(Object.keys(MADE))('%s is what the generator makes', (name) => {
    const file = path.join(FIXTURES, 'import', name);
    const made = Buffer.from(MADE[name]!());
    if (process.env['UPDATE_FIXTURES'] === '1' || !existsSync(file)) writeFileSync(file, made);
    expect(readFileSync(file).equals(made)).toBe(true);
  });
});
