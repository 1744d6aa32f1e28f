import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../helpers.js';

const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
const TARBALL = `${pkg.name}-${pkg.version}.tgz`;
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** The environment without what an enclosing `npm test` sets, so npm reads only its own config. */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
}

function run(command: string, args: readonly string[], options: SpawnSyncOptions = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', env: cleanEnv(), timeout: 240_000, ...options });
  return { code: result.status, stdout: String(result.stdout ?? ''), stderr: String(result.stderr ?? '') };
}

/**
 * The package as a plan repository gets it: `npm pack` of this checkout, installed with
 * --omit=dev into an empty folder, then every command and the library used from there.
 */
describe('the npm package, packed and installed with --omit=dev', () => {
  let dir: string;
  let project: string;
  let cleanup: () => void;
  let pack: ReturnType<typeof run>;
  const dekom = (...args: string[]) => run(process.execPath, [path.join(project, 'node_modules', 'dekom', 'bin', 'dekom.js'), ...args], { cwd: project });

  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    pack = run(NPM, ['pack', '--pack-destination', dir], { cwd: ROOT });
    expect(pack.code, pack.stderr).toBe(0);
    project = path.join(dir, 'planer');
    cpSync(path.join(ROOT, 'examples'), project, { recursive: true });
    writeFileSync(path.join(project, 'package.json'), '{ "name": "planer", "private": true, "type": "module" }\n');
    const install = run(NPM, ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', path.join(dir, TARBALL)], { cwd: project });
    expect(install.code, install.stderr).toBe(0);
  }, 300_000);
  afterAll(() => cleanup?.());

  it('npm pack prints exactly one line, the tarball’s name (pre-commit installs from it)', () => {
    expect(pack.stdout).toBe(`${TARBALL}\n`);
  });

  it('ships the built CLI, its declarations and the licence, not the sources', () => {
    const listing = run('tar', ['tzf', path.join(dir, TARBALL)]).stdout.split('\n');
    for (const file of ['package/LICENSE', 'package/bin/dekom.js', 'package/dist/cli.js', 'package/dist/index.js', 'package/dist/types/index.d.ts', 'package/templates/plan.md.hbs', 'package/docs/rules/goal-smart.md']) {
      expect(listing).toContain(file);
    }
    expect(listing.filter((file) => /^package\/(src|test|scripts)\//.test(file))).toEqual([]);
    expect(readFileSync(path.join(project, 'node_modules', 'dekom', 'LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it('installs nothing but dekom: dist/ needs no package at run time', () => {
    const installed = readdirSync(path.join(project, 'node_modules')).filter((name) => !name.startsWith('.'));
    expect(installed).toEqual(['dekom']);
    const dist = path.join(project, 'node_modules', 'dekom', 'dist');
    const scripts = [...readdirSync(dist).map((f) => path.join(dist, f)), ...readdirSync(path.join(dist, 'chunks')).map((f) => path.join(dist, 'chunks', f))].filter((f) => f.endsWith('.js'));
    const imported = new Set(scripts.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\(\s*|\brequire\(\s*)["']([^"'./][^"']*)["']/g)].map((m) => m[1]!)));
    const packages = [...imported].filter((name) => /^(node:)?(@[\w.-]+\/)?[a-z0-9][\w.-]*(\/[\w.-]+)*$/.test(name));
    expect(packages.length).toBeGreaterThan(5);
    expect(packages.filter((name) => !name.startsWith('node:') && !['buffer', 'fs', 'process', 'stream', 'string_decoder', 'tty'].includes(name))).toEqual([]);
  });

  it('runs check, render to Word, init --yes and schema', () => {
    const good = dekom('check', 'skoleplan-heimdal-ungdomsskole.yaml');
    expect([good.code, good.stdout]).toEqual([0, '✔ Ingen problemer i 1 fil.\n']);
    expect(dekom('render', 'nettverksplan-lister-digital-vurdering.yaml', '-o', 'plan.docx').code).toBe(0);
    expect(readFileSync(path.join(project, 'plan.docx')).subarray(0, 2).toString('latin1')).toBe('PK');
    const init = dekom('init', '--yes', '--type', 'kommuneplan', 'ny.yaml');
    expect(init.code, init.stderr).toBe(0);
    expect(readFileSync(path.join(project, 'ny.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=.*\ndekom: 1\ntype: kommuneplan\n/);
    const schema = dekom('schema', '--type', 'skoleplan');
    expect(JSON.parse(schema.stdout)).toMatchObject({ $id: 'https://dekom.no/schemas/skoleplan.schema.json' });
    expect(dekom('--version').stdout.trim()).toBe(pkg.version);
  });

  it('import("dekom") gives the library: check, render to Markdown and Word, the schemas', () => {
    const script = `
      import { readFileSync } from 'node:fs';
      import { parse } from '${path.join(ROOT, 'node_modules', 'yaml', 'dist', 'index.js').replace(/\\/g, '/')}';
      const dekom = await import('dekom');
      const plan = parse(readFileSync('skoleplan-heimdal-ungdomsskole.yaml', 'utf8'));
      const report = await dekom.checkPaths(['.'], { cwd: process.cwd(), lang: 'en', today: '2026-11-24' });
      const docx = await dekom.renderDocx(plan, { today: '2026-11-24' });
      console.log(JSON.stringify({
        functions: ['checkPaths', 'checkBytes', 'renderMarkdown', 'renderDocx', 'jsonSchemaFor', 'schemaFiles', 'formatReport', 'summarise', 'main'].filter((name) => typeof dekom[name] === 'function'),
        files: report.summary.files,
        markdown: dekom.renderMarkdown(plan, { lang: 'en', today: '2026-11-24' }).split('\\n')[0],
        docx: Buffer.from(docx.subarray(0, 2)).toString('latin1'),
        schema: dekom.jsonSchemaFor('kommuneplan').$id,
        schemas: dekom.schemaFiles().map((entry) => entry.file).length,
        kinds: dekom.KINDS,
        stylish: dekom.formatReport(report, 'json').startsWith('{"version":1'),
      }));`;
    const result = run(process.execPath, ['--input-type=module', '-e', script], { cwd: project });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      functions: ['checkPaths', 'checkBytes', 'renderMarkdown', 'renderDocx', 'jsonSchemaFor', 'schemaFiles', 'formatReport', 'summarise', 'main'],
      files: 8,
      markdown: '# Lesing i alle fag – plan for utviklingsarbeid ved Heimdal ungdomsskole 2026–2028',
      docx: 'PK',
      schema: 'https://dekom.no/schemas/kommuneplan.schema.json',
      schemas: 9,
      kinds: ['nettverksplan', 'kompetanseplan', 'skoleplan', 'kommuneplan', 'barnehageplan', 'langsiktig_plan', 'innstilling'],
      stylish: true,
    });
  });

  it('has declarations a strict TypeScript project compiles against, with no @types and no skipLibCheck', () => {
    writeFileSync(
      path.join(project, 'consumer.ts'),
      `import { checkPaths, jsonSchemaFor, renderDocx, renderMarkdown, schemaFiles, type Report } from 'dekom';
const report: Report = await checkPaths(['.'], { cwd: '.', lang: 'nb', today: '2026-11-24' });
const markdown: string = renderMarkdown({ type: 'skoleplan' }, { lang: 'nn' });
const bytes: Uint8Array = await renderDocx({ type: 'skoleplan' });
const files: string[] = schemaFiles().map((entry) => entry.file);
const schema: Record<string, unknown> = jsonSchemaFor('skoleplan');
export const used = [report.summary.errors, markdown.length, bytes.length, files.length, schema];
`,
    );
    writeFileSync(
      path.join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2023', lib: ['ES2023'], types: [], skipLibCheck: false, noEmit: true }, files: ['consumer.ts'] }),
    );
    const tsc = run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.code).toBe(0);
    expect(existsSync(path.join(project, 'node_modules', 'dekom', 'dist', 'types', 'index.d.ts'))).toBe(true);
  });
});
