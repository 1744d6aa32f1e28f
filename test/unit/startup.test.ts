import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** The chunks `dist/cli.js` loads before any command runs: what every `dekom` start pays for. */
function startupChunks(): string[] {
  const dist = path.join(ROOT, 'dist');
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/^import\s+(?:[^'"]*?from\s+)?["'](\.[^"']+)["'];?$/gm)) {
      visit(path.resolve(path.dirname(file), match[1]!));
    }
  };
  visit(path.join(dist, 'cli.js'));
  return [...seen];
}

/** zod, yaml, docx, handlebars, marked, inquirer, and dekom's own Word reader. */
const MARKERS = [/ZodError/, /YAMLParseError/, /w:document/, /HandlebarsEnvironment/, /blockTokens/, /ExitPromptError/, /w:showingPlcHdr/];

describe('startup budget', () => {
  it('finds each library marker somewhere in the build', () => {
    const dist = path.join(ROOT, 'dist', 'chunks');
    const all = readdirSync(dist).map((file) => readFileSync(path.join(dist, file), 'utf8')).join('\n');
    for (const marker of MARKERS) expect(all, marker.source).toMatch(marker);
  });

  it('loads neither zod, yaml, docx, handlebars, marked, inquirer nor the Word reader before a command runs', () => {
    const chunks = startupChunks();
    expect(chunks.length).toBeGreaterThan(1);
    const code = chunks.map((file) => readFileSync(file, 'utf8')).join('\n');
    // A name from each library's own code; the test above keeps the markers honest.
    for (const marker of MARKERS) expect(code, marker.source).not.toMatch(marker);
  });
});
