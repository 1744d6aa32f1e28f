import { XMLValidator } from 'fast-xml-parser';
import mammoth from 'mammoth';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { docxPart } from './support.js';

/** What XML 1.0 cannot carry, as YAML double-quoted escapes. */
const FORBIDDEN = ['\\x01', '\\x08', '\\x0B', '\\x1B', '\\uFFFE', '\\uFFFF'];

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

describe('characters XML forbids never reach the Word file', () => {
  it('are left out of document.xml and core.xml, the text around them kept, and said so', async () => {
    const example = readFileSync(path.join(ROOT, 'examples', 'skoleplan-heimdal-ungdomsskole.yaml'), 'utf8');
    const plan = example
      .replace(/^tittel: .*$/m, `tittel: "Lesing${FORBIDDEN.join('')} i alle fag"`)
      .replace(/^ {2}navn: .*$/m, '  navn: "Ingrid\\x07 Sæther"')
      .replace(/^tema: .*$/m, 'tema: "Tema\\uFFFF med tegn"');
    writeFileSync(path.join(dir, 'plan.yaml'), plan);
    const result = await runMain(['render', 'plan.yaml', '-o', 'plan.docx'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1790208000' } });
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^dekom: merk: 8 tegn som Word ikke kan lagre \(kontrolltegn, U\+FFFE eller U\+FFFF\), er tatt ut av dokumentet; de står i tittel, kontakt\.navn, tema\. Slett dem i planen\.$/m);
    const file = path.join(dir, 'plan.docx');
    for (const part of ['word/document.xml', 'docProps/core.xml']) {
      const xml = docxPart(file, part);
      expect(XMLValidator.validate(xml), part).toBe(true);
      expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/);
    }
    expect(docxPart(file, 'docProps/core.xml')).toContain('<dc:title>Lesing i alle fag</dc:title>');
    const { value } = await mammoth.extractRawText({ path: file });
    expect(value).toContain('Lesing i alle fag');
    expect(value).toContain('Tema med tegn');
  });
});
