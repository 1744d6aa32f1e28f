import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers.js';

const DIST = path.join(ROOT, 'dist');

/** The chunks a module loads with it (its static imports, and theirs), itself included. */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/^import\s+(?:[^'"]*?from\s+)?["'](\.[^"']+)["'];?$/gm)) {
      visit(path.resolve(path.dirname(file), match[1]!));
    }
  };
  visit(entry);
  return [...seen];
}

/** The command line proper, which `dist/cli.js` imports once it knows it is not `--version`. */
function mainChunk(): string {
  const match = /import\(["'](\.\/chunks\/main-[^"']+)["']\)/.exec(readFileSync(path.join(DIST, 'cli.js'), 'utf8'));
  expect(match, 'dist/cli.js imports the command line lazily').not.toBeNull();
  return path.join(DIST, match![1]!);
}

/** What every command but `--version` pays for before it runs. */
const commandStartup = () => [...new Set([...staticGraph(path.join(DIST, 'cli.js')), ...staticGraph(mainChunk())])];

const code = (files: readonly string[]) => files.map((file) => readFileSync(file, 'utf8')).join('\n');

/** zod, yaml, the Word writer, handlebars, marked, inquirer, and the Word reader of `import`. */
const MARKERS = [/ZodError/, /YAMLParseError/, /w:document/, /HandlebarsEnvironment/, /blockTokens/, /ExitPromptError/, /w:showingPlcHdr/];
/** commander, and the message catalogue every command's help is built from. */
const COMMAND_LINE = [/CommanderError/, /help\.program/];

describe('startup budget', () => {
  it('finds each library marker somewhere in the build', () => {
    const dist = path.join(DIST, 'chunks');
    const all = readdirSync(dist).map((file) => readFileSync(path.join(dist, file), 'utf8')).join('\n');
    for (const marker of [...MARKERS, ...COMMAND_LINE]) expect(all, marker.source).toMatch(marker);
  });

  it('loads neither zod, yaml, the Word writer or reader, handlebars, marked nor inquirer before a command runs', () => {
    const chunks = commandStartup();
    expect(chunks.length).toBeGreaterThan(2);
    const loaded = code(chunks);
    // A name from each library's own code; the test above keeps the markers honest.
    for (const marker of MARKERS) expect(loaded, marker.source).not.toMatch(marker);
    for (const marker of COMMAND_LINE) expect(loaded, marker.source).toMatch(marker);
  });

  it('answers --version without loading the command line at all', () => {
    const loaded = code(staticGraph(path.join(DIST, 'cli.js')));
    for (const marker of [...MARKERS, ...COMMAND_LINE]) expect(loaded, marker.source).not.toMatch(marker);
  });

  it.each(['--version', '-V'])('prints the package version for %s, as commander would', (flag) => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const result = spawnSync(process.execPath, [BIN, flag], { encoding: 'utf8' });
    expect([result.status, result.stdout, result.stderr]).toEqual([0, `${version}\n`, '']);
  });
});
