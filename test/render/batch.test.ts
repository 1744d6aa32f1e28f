import { cpSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES } from '../../src/load/limits.js';
import { ROOT, dekom, dekomInProcess, tempDir } from '../helpers.js';
import { PtySession, ptyUnavailable } from '../init/pty.js';
import { EPOCH, EXAMPLES, docxPart } from './support.js';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempDir()));
afterEach(() => cleanup());

const env = { SOURCE_DATE_EPOCH: EPOCH };
/** The example of a kind, by its file name: examples/ holds one or more of each kind. */
const example = (kind: string): string => path.join(ROOT, EXAMPLES.find((file) => path.basename(file).startsWith(`${kind}-`))!);
const [KOMMUNE, KOMPETANSE, NETTVERK, SKOLE] = ['kommuneplan', 'kompetanseplan', 'nettverksplan', 'skoleplan'].map(example) as [string, string, string, string];

/** Plans laid out as a coordinator keeps them: one folder per municipality, the same file name in each. */
function planFolder(): string {
  const plans = path.join(dir, 'planer');
  for (const [folder, file] of [['lindesnes', KOMMUNE], ['farsund', NETTVERK], ['heimdal', SKOLE]] as const) {
    mkdirSync(path.join(plans, folder), { recursive: true });
    cpSync(file, path.join(plans, folder, 'plan.yaml'));
  }
  cpSync(KOMPETANSE, path.join(plans, 'agder-vest.yaml'));
  // Found in a folder but not a plan: skipped, as `check` skips it.
  writeFileSync(path.join(plans, 'lindesnes', 'ci.yaml'), 'jobs:\n  build: {}\n');
  return plans;
}

const run = (args: string[]) => dekomInProcess(args, { cwd: dir, env });

/** Every file under a folder, relative and `/`-separated, sorted. */
function filesUnder(folder: string, prefix = ''): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(path.join(folder, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

describe('dekom render <paths...> --out-dir', () => {
  it('writes each plan of a folder to its own Word file, keeping the subfolders, and says so at the end', async () => {
    planFolder();
    const result = await run(['render', 'planer', '--out-dir', 'dokumenter']);
    expect(result.code, result.stderr).toBe(0);
    expect(filesUnder(path.join(dir, 'dokumenter'))).toEqual(['agder-vest.docx', 'farsund/plan.docx', 'heimdal/plan.docx', 'lindesnes/plan.docx']);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('dekom: Skrev 4 dokumenter til dokumenter.\n');
    expect(docxPart(path.join(dir, 'dokumenter', 'heimdal', 'plan.docx'), 'docProps/core.xml')).toContain('<dc:title>Lesing i alle fag');
  });

  it('writes each document byte for byte as rendering its plan alone does, on one thread or several', async () => {
    planFolder();
    expect((await run(['render', 'planer', '--out-dir', 'en', '--concurrency', '1'])).code).toBe(0);
    expect((await run(['render', 'planer', '--out-dir', 'to', '--concurrency', '2'])).code).toBe(0);
    for (const name of ['heimdal/plan', 'agder-vest']) {
      // Alone: a process of its own, with nothing rendered before it.
      const alone = path.join(dir, `${name.replace('/', '-')}-alone.docx`);
      expect(dekom(['render', path.join('planer', `${name}.yaml`), '-o', alone], { cwd: dir, env }).code).toBe(0);
      const bytes = readFileSync(alone);
      expect(readFileSync(path.join(dir, 'en', `${name}.docx`)).equals(bytes), `${name} on one thread`).toBe(true);
      expect(readFileSync(path.join(dir, 'to', `${name}.docx`)).equals(bytes), `${name} on two threads`).toBe(true);
    }
  });

  it('writes Markdown with --format md, the same as render prints', async () => {
    planFolder();
    expect((await run(['render', 'planer/heimdal', '--out-dir', 'md', '--format', 'md'])).code).toBe(0);
    expect(filesUnder(path.join(dir, 'md'))).toEqual(['plan.md']);
    const printed = await run(['render', 'planer/heimdal/plan.yaml']);
    expect(readFileSync(path.join(dir, 'md', 'plan.md'), 'utf8')).toBe(printed.stdout);
  });

  it('takes files and globs as check does, named from the plan files', async () => {
    planFolder();
    const result = await run(['render', 'planer/agder-vest.yaml', 'planer/*/plan.yaml', '--out-dir', 'ut', '--format', 'md']);
    expect(result.code, result.stderr).toBe(0);
    expect(filesUnder(path.join(dir, 'ut'))).toEqual(['agder-vest.md', 'farsund/plan.md', 'heimdal/plan.md', 'lindesnes/plan.md']);
  });

  it('refuses two plans that would become the same file, and writes nothing', async () => {
    planFolder();
    const result = await run(['render', 'planer/heimdal/plan.yaml', 'planer/farsund/plan.yaml', '--out-dir', 'ut']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'dekom: «planer/farsund/plan.yaml» og «planer/heimdal/plan.yaml» ville begge blitt skrevet til «ut/plan.docx»; oppgi mappen de ligger i, så beholdes undermappene, eller skriv dem ut hver for seg.\n',
    );
    expect(existsSync(path.join(dir, 'ut'))).toBe(false);
  });

  it('never replaces a document without --force, and writes none of the others either', async () => {
    planFolder();
    mkdirSync(path.join(dir, 'ut', 'heimdal'), { recursive: true });
    writeFileSync(path.join(dir, 'ut', 'heimdal', 'plan.docx'), 'mitt eget');
    const refused = await run(['render', 'planer', '--out-dir', 'ut']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('dekom: «ut/heimdal/plan.docx» finnes allerede. Bruk --force for å erstatte den, eller velg et annet filnavn.\n');
    expect(filesUnder(path.join(dir, 'ut'))).toEqual(['heimdal/plan.docx']);
    expect(readFileSync(path.join(dir, 'ut', 'heimdal', 'plan.docx'), 'utf8')).toBe('mitt eget');

    writeFileSync(path.join(dir, 'ut', 'agder-vest.docx'), 'også mitt');
    expect((await run(['render', 'planer', '--out-dir', 'ut'])).stderr).toMatch(/^dekom: 2 av filene finnes allerede, for eksempel «ut\/agder-vest\.docx»/);

    const forced = await run(['render', 'planer', '--out-dir', 'ut', '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'ut', 'heimdal', 'plan.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes the other plans when one is invalid, prints its report, and exits 1', async () => {
    const plans = planFolder();
    writeFileSync(path.join(plans, 'heimdal', 'plan.yaml'), 'dekom: 1\ntype: skoleplan\ntittel: [ikke, tekst]\n');
    const result = await run(['render', 'planer', '--out-dir', 'ut', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(filesUnder(path.join(dir, 'ut'))).toEqual(['agder-vest.docx', 'farsund/plan.docx', 'lindesnes/plan.docx']);
    expect(result.stderr).toContain('planer/heimdal/plan.yaml  (skoleplan');
    expect(result.stderr).toMatch(/3:\d+ +error +"tittel" .*schema/);
    expect(result.stderr.trimEnd().split('\n').slice(-2)).toEqual([
      'dekom: Wrote 3 documents to ut.',
      'dekom: 1 plan not rendered because the structure has errors; see the report above.',
    ]);
  });

  it('notes each incomplete plan, which is rendered with its markers, and counts them at the end', async () => {
    const plans = planFolder();
    const text = readFileSync(path.join(plans, 'agder-vest.yaml'), 'utf8').replace(/^evaluering:.*(\n[ \t]+.*)*/m, '');
    writeFileSync(path.join(plans, 'agder-vest.yaml'), text);
    const result = await run(['render', 'planer', '--out-dir', 'ut']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('dekom: merk: planen har 1 feil; det som mangler, er merket «Ikke utfylt». Se «dekom check planer/agder-vest.yaml».\n');
    expect(result.stderr).toContain('dekom: 1 plan har feil som «dekom check» rapporterer; det som mangler, er merket «Ikke utfylt».\n');
    expect(filesUnder(path.join(dir, 'ut'))).toHaveLength(4);
  });

  it('says what is wrong when it cannot run: several plans without --out-dir, -o beside it, a file as the folder, no plans', async () => {
    planFolder();
    const several = await run(['render', 'planer/agder-vest.yaml', 'planer/heimdal/plan.yaml']);
    expect([several.code, several.stderr]).toEqual([2, 'dekom: Flere planer skrives ut med --out-dir <mappe>, hver til sin egen fil; én plan kan skrives til en fil med -o.\n']);
    const both = await run(['render', 'planer', '--out-dir', 'ut', '-o', 'plan.docx']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^dekom: --output og --out-dir kan ikke brukes sammen/);
    writeFileSync(path.join(dir, 'fil'), '');
    expect(await run(['render', 'planer', '--out-dir', 'fil'])).toMatchObject({ code: 2, stderr: 'dekom: «fil» finnes og er ikke en mappe; oppgi en mappe med --out-dir.\n' });
    mkdirSync(path.join(dir, 'tom'));
    expect(await run(['render', 'tom', '--out-dir', 'ut'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^dekom: Fant ingen planer i tom\./) });
    expect(await run(['render', 'finnes-ikke', '--out-dir', 'ut'])).toMatchObject({ code: 2 });
    expect(existsSync(path.join(dir, 'ut'))).toBe(false);
  });

  it('never writes a document over a file it reads, by any link, even with --force', async () => {
    const plans = planFolder();
    writeFileSync(path.join(plans, 'dekom.config.yaml'), 'rules: {}\n');
    const before = readFileSync(path.join(plans, 'agder-vest.yaml'));
    mkdirSync(path.join(dir, 'ut'));
    // The document agder-vest.docx would be, linked to the plan it is rendered from.
    symlinkSync(path.join(plans, 'agder-vest.yaml'), path.join(dir, 'ut', 'agder-vest.docx'));
    const linked = await run(['render', 'planer', '--out-dir', 'ut', '--force']);
    expect(linked.code).toBe(2);
    expect(linked.stderr).toBe(
      'dekom: --out-dir «ut/agder-vest.docx» er samme fil som «planer/agder-vest.yaml», som dekom leser; å skrive dit ville erstattet den. Velg et annet filnavn.\n',
    );
    expect(readFileSync(path.join(plans, 'agder-vest.yaml')).equals(before)).toBe(true);
    expect(filesUnder(path.join(dir, 'ut'))).toEqual(['agder-vest.docx']);

    // A hard link to the config the plans are checked with, where another plan's document goes.
    mkdirSync(path.join(dir, 'ut2', 'heimdal'), { recursive: true });
    linkSync(path.join(plans, 'dekom.config.yaml'), path.join(dir, 'ut2', 'heimdal', 'plan.docx'));
    const hard = await run(['render', 'planer', '--out-dir', 'ut2', '--force', '--lang', 'en']);
    expect(hard.code).toBe(2);
    expect(hard.stderr).toBe(
      'dekom: --out-dir "ut2/heimdal/plan.docx" is the same file as "planer/dekom.config.yaml", which dekom reads; writing there would replace it. Choose another file name.\n',
    );
    expect(readFileSync(path.join(plans, 'dekom.config.yaml'), 'utf8')).toBe('rules: {}\n');
  });

  it('reports a plan larger than any plan as check does, and writes the others', async () => {
    const plans = planFolder();
    writeFileSync(path.join(plans, 'heimdal', 'plan.yaml'), `dekom: 1\ntype: skoleplan\ntittel: "${'x'.repeat(MAX_PLAN_BYTES)}"\n`);
    const result = await run(['render', 'planer', '--out-dir', 'ut', '--format', 'md', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('planer/heimdal/plan.yaml');
    expect(result.stderr).toMatch(/yaml-syntax/);
    expect(filesUnder(path.join(dir, 'ut'))).toEqual(['agder-vest.md', 'farsund/plan.md', 'lindesnes/plan.md']);
  });

  it('says which plan holds characters Word cannot store, and writes the document without them', async () => {
    const plans = planFolder();
    const text = readFileSync(path.join(plans, 'heimdal', 'plan.yaml'), 'utf8').replace(/^tittel: .*$/m, 'tittel: "Lesing\\x01 i alle fag"');
    writeFileSync(path.join(plans, 'heimdal', 'plan.yaml'), text);
    const result = await run(['render', 'planer', '--out-dir', 'ut']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('dekom: merk: 1 tegn som Word ikke kan lagre (kontrolltegn, U+FFFE eller U+FFFF), er tatt ut av dokumentet; de står i tittel. Slett dem i planen.\n');
    expect(docxPart(path.join(dir, 'ut', 'heimdal', 'plan.docx'), 'docProps/core.xml')).toContain('<dc:title>Lesing i alle fag</dc:title>');
  });

  it('uses the user’s template for every plan, and refuses a broken one before writing anything', async () => {
    planFolder();
    writeFileSync(path.join(dir, 'kort.md.hbs'), '# {{tittel}}\n');
    expect((await run(['render', 'planer', '--out-dir', 'ut', '--format', 'md', '--template', 'kort.md.hbs'])).code).toBe(0);
    expect(readFileSync(path.join(dir, 'ut', 'heimdal', 'plan.md'), 'utf8')).toMatch(/^# Lesing i alle fag/);
    writeFileSync(path.join(dir, 'brutt.md.hbs'), '{{#each mål}}\n');
    const broken = await run(['render', 'planer', '--out-dir', 'ut2', '--template', 'brutt.md.hbs']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/brutt\.md\.hbs:1: \{\{#each\}\} lukkes aldri/);
    expect(existsSync(path.join(dir, 'ut2'))).toBe(false);
  });
});

describe.skipIf(ptyUnavailable())('the progress line of a batch', () => {
  it('is shown on a terminal, and not in a pipe or a log', async () => {
    planFolder();
    const session = new PtySession(['render', 'planer', '--out-dir', 'ut'], { cwd: dir });
    expect(await session.exit()).toBe(0);
    expect(session.screen).toContain('Skriver ut 1 av 4: planer/agder-vest.yaml');
    expect(session.screen).toContain('dekom: Skrev 4 dokumenter til ut.');
    const piped = dekom(['render', 'planer', '--out-dir', 'ut2'], { cwd: dir });
    expect(piped.stderr).toBe('dekom: Skrev 4 dokumenter til ut2.\n');
  });
});
