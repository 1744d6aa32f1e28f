import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { stylish } from '../../src/check/formatters/stylish.js';
import { summarise } from '../../src/check/summarise.js';
import { printable } from '../../src/util/terminal-text.js';
import { checkText, tempDir } from '../helpers.js';
import { runMain } from '../in-process.js';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const ESC = '\u001b';

describe('text from a plan never drives the terminal', () => {
  it('writes out controls, DEL, C1 and direction overrides, and keeps tabs and letters', () => {
    expect(printable(`a${ESC}[2Jb\u0007c\u007f\u009b\u202Ed\te æøå`)).toBe('a\\x1B[2Jb\\x07c\\x7F\\x9B\\u202Ed\te æøå');
    expect(printable('to\nlinjer\r')).toBe('to\\nlinjer\\r');
  });

  it('stylish shows an escape sequence in a key or value as text', () => {
    const result = checkText(`dekom: 1\ntype: skoleplan\n"ukjent${ESC}]0;tittel\u0007": "x"\ntittel: "Klikk her for å skrive inn tekst${ESC}[31m"\n`);
    const out = stylish({ files: [result], summary: summarise([result]) }, { lang: 'nb', chalk: new Chalk({ level: 0 }) });
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
    expect(out).toContain('ukjent\\x1B]0;tittel\\x07');
  });

  it('stylish copes with a file of a hundred thousand problems', () => {
    const problem = { rule: 'placeholder', severity: 'error' as const, message: 'x', path: 'a', line: 1, column: 1, docs: '' };
    const file = { file: 'plan.yaml', type: 'skoleplan' as const, completeness: 0, problems: Array.from({ length: 200_000 }, () => problem) };
    expect(() => stylish({ files: [file], summary: summarise([file]) }, { lang: 'nb', chalk: new Chalk({ level: 0 }) })).not.toThrow();
  });

  it('error messages that name a file or a value are written out too', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(path.join(dir, 'svar.yaml'), `type: "skole${ESC}[2J"\n`);
      const result = await runMain(['init', '--answers', 'svar.yaml', 'plan.yaml'], { cwd: dir });
      expect(result.code).toBe(2);
      expect(result.stderr).not.toContain(ESC);
      expect(result.stderr).toContain('skole\\x1B[2J');
      const named = await runMain(['check', `finnes${ESC}[2Jikke.yaml`], { cwd: dir });
      expect(named.stderr).not.toContain(ESC);
    } finally {
      cleanup();
    }
  });
});
