import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const SRC = path.join(ROOT, 'src');

function* sources(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* sources(full);
    else if (entry.name.endsWith('.ts')) yield full;
  }
}

/** The folder of src/ a file belongs to (`check`, `cli`, ...), or the file itself at the top. */
const areaOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!.replace(/\.(ts|js)$/, '');

describe('the layers of src/', () => {
  it('import one another without a cycle: the command line uses the features, never the reverse', () => {
    const edges = new Map<string, Set<string>>();
    for (const file of sources(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/(?:from|import\()\s*['"](\.[^'"]+)['"]/g)) {
        const target = areaOf(path.resolve(path.dirname(file), match[1]!));
        const from = areaOf(file);
        if (target !== from && from !== 'index') (edges.get(from) ?? edges.set(from, new Set()).get(from)!).add(target);
      }
    }
    const cycles: string[] = [];
    const visit = (area: string, trail: string[]) => {
      if (trail.includes(area)) {
        cycles.push([...trail.slice(trail.indexOf(area)), area].join(' → '));
        return;
      }
      for (const next of edges.get(area) ?? []) visit(next, [...trail, area]);
    };
    for (const area of edges.keys()) visit(area, []);
    expect(cycles).toEqual([]);
    expect([...(edges.get('cli') ?? [])]).toContain('render');
    for (const feature of ['check', 'render', 'init', 'config', 'model', 'kinds']) expect([...(edges.get(feature) ?? [])], feature).not.toContain('cli');
  });
});
