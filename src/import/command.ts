import { Chalk } from 'chalk';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPlan } from '../check/open.js';
import { DekomError, EXIT } from '../errors.js';
import { schemaReference } from '../init/schema-ref.js';
import type { Kind } from '../kinds/index.js';
import type { Lang } from '../messages/catalogue.js';
import { writeFileAtomic } from '../util/atomic-write.js';
import { readInput } from '../util/read-input.js';
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
  if (output === input) throw new ImportError('sameAsInput', { path: display! });
  // A plan that exists is refused before any work, as `init` and `render` do.
  if (output !== undefined && !flags.force && existsSync(output)) throw new DekomError('error.exists', { path: display! });
  const bytes = readInput(input, file);
  const imported = importWord(bytes, { display: file, ...(flags.type ? { kind: flags.type } : {}) });
  const target = output ?? path.join(io.cwd, defaultOutput(path.basename(file)));
  const schemaRef = schemaReference(target, imported.kind, fileURLToPath(packageRoot()));
  const text = importedYaml(imported, imported.kind, lang, schemaRef);
  if (output !== undefined) writeFileAtomic(output, text, { force: flags.force, display });
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
