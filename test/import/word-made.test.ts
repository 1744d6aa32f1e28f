import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importWord } from '../../src/import/import.js';
import { ROOT } from '../helpers.js';

/** Documents saved by Word itself, as mammoth's own tests keep them: whatever they hold, import reads them and keeps their text. */
const DIR = path.join(ROOT, 'node_modules', 'mammoth', 'test', 'test-data');
const FILES = readdirSync(DIR).filter((file) => file.endsWith('.docx')).sort();

describe('documents saved by Word', () => {
  it('are there to read', () => {
    expect(FILES.length).toBeGreaterThan(10);
  });

  it.each(FILES)('%s is read without a fault, its text kept in the notes', (file) => {
    const imported = importWord(readFileSync(path.join(DIR, file)), { display: file, kind: 'kommuneplan' });
    expect(imported.kind).toBe('kommuneplan');
    expect(imported.plan['dekom']).toBe(1);
  });

  it('keeps paragraphs, lists, tables and strike-through as Markdown', () => {
    const notes = (file: string) => JSON.stringify(importWord(readFileSync(path.join(DIR, file)), { display: file, kind: 'kommuneplan' }).plan['merknader']);
    expect(notes('single-paragraph.docx')).toContain('Walking on imported air');
    expect(notes('simple-list.docx')).toContain('- Apple\\n- Banana');
    expect(notes('strikethrough.docx')).toContain("~~Today's Special: Salmon~~ Sold out");
    expect(notes('utf8-bom.docx')).toContain('This XML has a byte order mark.');
    expect(notes('tables.docx')).toMatch(/\| Top left \| Top right \|/);
  });
});
