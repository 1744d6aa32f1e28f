import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dekom, tempDir } from '../helpers.js';
import { RENDER_FIXTURES } from './support.js';

/** Text only each library's code contains, to tell which bundle chunks hold it. */
const LIBRARIES = {
  docx: 'wordprocessingml/2006/main',
  handlebars: 'HandlebarsEnvironment',
  'handlebars compiler': 'JavaScriptCompiler',
  marked: 'input parameter is undefined or null',
} as const;

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

/** The libraries among the modules a command really loads, recorded through Node's module hooks. */
function librariesLoadedBy(args: string[]): string[] {
  const log = path.join(dir, 'modules.log');
  const hooks = pathToFileURL(path.join(RENDER_FIXTURES, 'record-modules.mjs')).href;
  const result = dekom(args, { env: { DEKOM_MODULE_LOG: log, NODE_OPTIONS: `--import ${hooks}` } });
  expect(result.code, result.stderr).toBe(0);
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:') && url.includes('/dist/'))
    .map((url) => readFileSync(fileURLToPath(url), 'utf8'));
  expect(files.length).toBeGreaterThan(0);
  return Object.entries(LIBRARIES)
    .filter(([, marker]) => files.some((code) => code.includes(marker)))
    .map(([name]) => name);
}

describe('render’s libraries stay off the startup path', () => {
  it('dekom --version loads none of docx, Handlebars or marked', () => {
    expect(librariesLoadedBy(['--version'])).toEqual([]);
  });

  it('dekom check loads none of them', () => {
    expect(librariesLoadedBy(['check', 'examples/skoleplan-heimdal-ungdomsskole.yaml'])).toEqual([]);
  });

  it('dekom render to Markdown loads Handlebars’ runtime only: the built-in templates come compiled', () => {
    expect(librariesLoadedBy(['render', 'examples/skoleplan-heimdal-ungdomsskole.yaml'])).toEqual(['handlebars']);
  });

  it('dekom render to Word loads all three, and not Handlebars’ compiler', () => {
    expect(librariesLoadedBy(['render', 'examples/skoleplan-heimdal-ungdomsskole.yaml', '-o', path.join(dir, 'plan.docx')])).toEqual([
      'docx',
      'handlebars',
      'marked',
    ]);
  });

  it('dekom render with a template of the user’s own loads the compiler for it', () => {
    const template = path.join(dir, 'own.md.hbs');
    writeFileSync(template, '# {{tittel}}\n');
    expect(librariesLoadedBy(['render', 'examples/skoleplan-heimdal-ungdomsskole.yaml', '--template', template])).toEqual(['handlebars', 'handlebars compiler']);
  });
});
