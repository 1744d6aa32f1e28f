import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/index.js';
import { dekom, dekomInProcess, tempDir } from '../helpers.js';
import { EPOCH, EXAMPLES, docxPart, planData } from './support.js';

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempDir()));
afterAll(() => cleanup());

const PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'word/styles.xml',
  'word/numbering.xml',
  'word/settings.xml',
  'word/fontTable.xml',
  'word/footer1.xml',
  'word/footer2.xml',
  'docProps/core.xml',
  'docProps/app.xml',
];

/** libxml2's verdict on a part: empty when it is well-formed XML. */
async function xmlErrors(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'part.xml', contents: xml }], normalization: 'c14n' });
  return result.errors.map((error) => error.message);
}

async function written(name: string, bytes: Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(file, bytes);
  return file;
}

describe('the Word writer', () => {
  it.each(EXAMPLES)('%s: every part of the package is well-formed XML', async (file) => {
    const docx = await written(`${path.basename(file, '.yaml')}.docx`, await renderDocx(planData(file), { today: '2026-11-24' }));
    for (const part of PARTS) expect([part, await xmlErrors(docxPart(docx, part))]).toEqual([part, []]);
  });

  it('drops the characters XML cannot hold, keeping the text around them', async () => {
    const plan = { ...planData(EXAMPLES[0]!), tittel: 'Plan\u0001 for\u000b lesing \ud800i alle fag\uffff', organisasjon: 'Skole & <barnehage> "Nord"' };
    const docx = await written('kontrolltegn.docx', await renderDocx(plan, { today: '2026-11-24' }));
    for (const part of PARTS) expect([part, await xmlErrors(docxPart(docx, part))]).toEqual([part, []]);
    const document = docxPart(docx, 'word/document.xml');
    expect(document).toContain('>Plan for lesing i alle fag<');
    // Escaped, and read back as the text the plan has (marked splits it into several runs).
    const text = [...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('Skole &amp; &lt;barnehage&gt; &quot;Nord&quot;');
    expect(docxPart(docx, 'docProps/core.xml')).toContain('<dc:title>Plan for lesing i alle fag</dc:title>');
  });

  it('writes a plan to the same bytes after another plan in the same process as alone', async () => {
    const [first, second] = [EXAMPLES[2]!, EXAMPLES[3]!];
    const env = { SOURCE_DATE_EPOCH: EPOCH };
    expect((await dekomInProcess(['render', first, '-o', path.join(dir, 'first.docx')], { env })).code).toBe(0);
    expect((await dekomInProcess(['render', second, '-o', path.join(dir, 'after.docx')], { env })).code).toBe(0);
    // A process of its own: nothing rendered before it.
    expect(dekom(['render', second, '-o', path.join(dir, 'alone.docx')], { env }).code).toBe(0);
    const after = readFileSync(path.join(dir, 'after.docx'));
    expect(docxPart(path.join(dir, 'after.docx'), 'word/document.xml')).toContain('w:name="_Toc1"');
    expect(after.equals(readFileSync(path.join(dir, 'alone.docx')))).toBe(true);
  });
});
