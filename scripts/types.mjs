// Writes dist/types/: the declarations of the library (src/index.ts) and of the files its
// types come from, and nothing else. Type checking is `npm test`'s job; here it is off
// (noCheck), so only the declarations a consumer reaches are worked out.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = path.join(root, 'src');
const out = path.join(root, 'dist', 'types');
const entry = path.join(src, 'index.ts');

const program = ts.createProgram([entry], {
  declaration: true,
  emitDeclarationOnly: true,
  noCheck: true,
  skipLibCheck: true,
  strict: true,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2023,
  types: ['node'],
  rootDir: src,
  outDir: out,
});

const written = new Map();
const bare = [];
for (const queue = [entry]; queue.length > 0; ) {
  const file = queue.shift();
  if (written.has(file)) continue;
  const source = program.getSourceFile(file);
  if (!source) throw new Error(`types: ${path.relative(root, file)} is not part of the library`);
  let declaration = '';
  program.emit(source, (name, text) => (declaration = text), undefined, true);
  written.set(file, declaration);
  for (const [, specifier] of declaration.matchAll(/(?:from |import\()['"]([^'"]+)['"]/g)) {
    if (specifier.startsWith('.')) queue.push(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'));
    else bare.push(`${path.relative(root, file)} names '${specifier}'`);
  }
}
// dist/ bundles every package dekom uses and installs none: a declaration naming one would not resolve.
if (bare.length > 0) throw new Error(`types: the library's declarations must name only dekom's own types:\n  ${bare.join('\n  ')}`);

rmSync(out, { recursive: true, force: true });
for (const [file, declaration] of written) {
  const target = path.join(out, path.relative(src, file)).replace(/\.ts$/, '.d.ts');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, declaration);
}
