import { Chalk } from 'chalk';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPlan } from '../check/open.js';
import { EXIT } from '../errors.js';
import { schemaReference } from '../init/schema-ref.js';
import type { Kind } from '../kinds/index.js';
import type { Lang } from '../messages/catalogue.js';
import { MAX_WORD_BYTES } from '../load/limits.js';
import { readInputFile } from '../load/read-limited.js';
import { assertWritable, writeFileAtomic } from '../util/atomic-write.js';
import { isSameFile, type NamedFile } from '../util/same-file.js';
import { todayIso } from '../util/dates.js';
import { colourLevel, type Io } from '../util/io.js';
import { packageRoot } from '../util/package-root.js';
import { asDekomError, ImportError } from './errors.js';
import { importWord } from './import.js';
import { printReport } from './report.js';
import { importedYaml } from './write.js';

/** The flags of `dekom import`, as the command line reads them. */
export interface ImportFlags {
  output?: string;
  type?: Kind;
  force?: boolean;
  /** The day the check of the new plan takes as today, as `check --today`. */
  today?: string;
}

/** `plan.docx` → `plan.yaml`, beside the document. */
export function defaultOutput(file: string): string {
  return `${file.replace(/\.(docx|docm|dotx|doc)$/i, '')}.yaml`;
}

/**
 * `dekom import`: a Word document to a plan file, then the plan checked as `check` would.
 * Ends as `check` would on the plan it wrote: 1 when it has errors, else 0.
 */
export async function runImport(file: string, flags: ImportFlags, context: { lang: Lang; io: Io }): Promise<number> {
  try {
    return importPlan(file, flags, context);
  } catch (error) {
    throw asDekomError(error, context.lang);
  }
}

function importPlan(file: string, flags: ImportFlags, { lang, io }: { lang: Lang; io: Io }): number {
  const input = path.resolve(io.cwd, file);
  const toStdout = flags.output === '-';
  const display = toStdout ? undefined : (flags.output ?? defaultOutput(file));
  const output = display === undefined ? undefined : path.resolve(io.cwd, display);
  // Writing over the document is the worst mistake, so it is said first, by whatever name or link.
  if (output !== undefined && isSameFile(input, output)) throw new ImportError('sameAsInput', { path: display! });
  const inputs: NamedFile[] = [{ path: input, display: file }];
  // A plan that exists is refused before any work, as `init` and `render` do.
  if (output !== undefined) assertWritable(output, { force: flags.force, display, option: '--output', inputs });
  const read = readInputFile(input, file, MAX_WORD_BYTES);
  if (!('bytes' in read)) throw new ImportError('tooLarge', { file, size: megabytes(read.size), max: megabytes(MAX_WORD_BYTES) });
  const bytes = read.bytes;
  const imported = importWord(bytes, { display: file, ...(flags.type ? { kind: flags.type } : {}) });
  const target = output ?? path.join(io.cwd, defaultOutput(path.basename(file)));
  const schemaRef = schemaReference(target, imported.kind, fileURLToPath(packageRoot()));
  const text = importedYaml(imported, imported.kind, lang, schemaRef);
  if (output !== undefined) writeFileAtomic(output, text, { force: flags.force, display, option: '--output', inputs });
  else io.stdout(text);
  const { result } = openPlan(target, display ?? defaultOutput(file), {
    cwd: io.cwd,
    lang,
    ...(flags.today ? { today: flags.today } : {}),
    fallbackToday: todayIso(),
    bytes: Buffer.from(text, 'utf8'),
  });
  // With the plan on standard output, the report goes to standard error, out of its way.
  const out = toStdout ? io.stderr : io.stdout;
  const chalk = new Chalk({ level: colourLevel(io, toStdout ? io.stderrIsTTY : io.stdoutIsTTY) });
  printReport(imported, result, { lang, chalk, out, document: file, ...(display ? { plan: display } : {}) });
  return result.problems.some((problem) => problem.severity === 'error') ? EXIT.problems : EXIT.ok;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
