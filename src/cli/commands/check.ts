import type { Command } from 'commander';
import { appendFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { FORMAT_NAMES, type FormatName } from '../../check/formatters/names.js';
import { summarise } from '../../check/summarise.js';
import type { FileResult, Report, Summary } from '../../check/types.js';
import { DekomError, EXIT } from '../../errors.js';
import { reasonText, t, type Lang } from '../../messages/catalogue.js';
import type { NamedFile } from '../../util/same-file.js';
import type { CommandContext } from '../context.js';
import { parseChoice, parseConcurrency, parseCount, parseDate } from '../options.js';

const FORMAT_CHOICES = ['auto', ...FORMAT_NAMES] as const;
type FormatChoice = (typeof FORMAT_CHOICES)[number];

export interface CheckFlags {
  format?: FormatChoice;
  output?: string;
  quiet?: boolean;
  maxWarnings?: number;
  failSeverity?: 'error' | 'warning';
  today?: string;
  config?: string;
  errorOnUnmatchedPattern?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  suppressAll?: boolean;
  pruneSuppressions?: boolean;
  suppressionsLocation?: string;
  cache?: boolean;
  cacheLocation?: string;
  links?: boolean;
  plansOnly?: boolean;
  concurrency?: number | 'auto';
  fix?: boolean;
  fixDryRun?: boolean;
}

export function registerCheck(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('check'))
    .description(t(lang, 'help.check'))
    .argument('[paths...]', t(lang, 'help.check.paths'))
    .option('-f, --format <format>', t(lang, 'help.check.format', { formats: FORMAT_CHOICES.join(', ') }), parseChoice(lang, 'error.badFormat', FORMAT_CHOICES))
    .option('-o, --output <file>', t(lang, 'help.check.output'))
    .option('-q, --quiet', t(lang, 'help.check.quiet'))
    .option('--max-warnings <n>', t(lang, 'help.check.maxWarnings'), parseCount(lang))
    .option('--fail-severity <severity>', t(lang, 'help.check.failSeverity'), parseChoice(lang, 'error.badSeverity', ['error', 'warning'] as const))
    .option('--today <date>', t(lang, 'help.check.today'), parseDate(lang))
    .option('-c, --config <file>', t(lang, 'help.check.config'))
    .option('--no-error-on-unmatched-pattern', t(lang, 'help.check.unmatched'))
    .option('--stdin-filename <name>', t(lang, 'help.check.stdinFilename'))
    .option('--print-config <file>', t(lang, 'help.check.printConfig'))
    .option('--suppress-all', t(lang, 'help.check.suppressAll'))
    .option('--prune-suppressions', t(lang, 'help.check.pruneSuppressions'))
    .option('--suppressions-location <file>', t(lang, 'help.check.suppressionsLocation'))
    .option('--cache', t(lang, 'help.check.cache'))
    .option('--cache-location <file>', t(lang, 'help.check.cacheLocation'))
    .option('--links', t(lang, 'help.check.links'))
    .option('--plans-only', t(lang, 'help.check.plansOnly'))
    .option('--concurrency <n>', t(lang, 'help.check.concurrency'), parseConcurrency(lang))
    .option('--fix', t(lang, 'help.check.fix'))
    .option('--fix-dry-run', t(lang, 'help.check.fixDryRun'))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom check examples\n  dekom check plan.yaml --format json\n  dekom check --fix planer\n  dekom check "planer/**/*.yaml" --max-warnings 0 --today 2026-03-15\n  cat plan.yaml | dekom check - --stdin-filename planer/plan.yaml\n\n${t(lang, 'help.exitCodes')}\n`,
    )
    .action(async (paths: string[], flags: CheckFlags) => {
      context.setExit(await runCheck(paths, flags, context));
    });
}

/** The command's work, separate from its flags so tests can call it in-process. */
export async function runCheck(paths: readonly string[], flags: CheckFlags, { lang, io }: CommandContext): Promise<number> {
  const [run, { FORMATTERS }, { githubStepSummary }, { relativeToRoot, repositoryRoot }, { Chalk }, { colourLevel }, { VERSION }] = await Promise.all([
    import('../../check/run.js'),
    import('../../check/formatters/index.js'),
    import('../../check/formatters/step-summary.js'),
    import('../../check/report-paths.js'),
    import('chalk'),
    import('../../util/io.js'),
    import('../../version.js'),
  ]);
  const options = {
    cwd: io.cwd,
    lang,
    today: flags.today,
    configFile: flags.config,
    errorOnUnmatched: flags.errorOnUnmatchedPattern !== false,
    plansOnly: flags.plansOnly,
  };
  if (flags.printConfig !== undefined) {
    io.stdout(`${JSON.stringify(run.printableConfig(flags.printConfig, options), null, 2)}\n`);
    return EXIT.ok;
  }
  const stdin = paths.includes('-') ? { bytes: await readPlanFromStdin(io), filename: flags.stdinFilename ?? 'stdin.yaml' } : undefined;
  if (flags.fixDryRun) return fixDryRun(paths.filter((p) => p !== '-'), stdin, options, lang, io);
  if (flags.fix) {
    // The fix is written back to the file it was read from; standard input has none.
    if (stdin) throw new DekomError('check.fixStdin', {});
    const { fixPaths } = await import('../../check/fix-plan.js');
    const fixes = fixPaths(paths, { ...options, write: true });
    const changed = fixes.filter((fix) => fix.after !== fix.before);
    const count = changed.reduce((sum, fix) => sum + fix.fixed.normalised + fix.fixed.required + fix.fixed['yaml-syntax'], 0);
    if (changed.length > 0) io.stderr(`dekom: ${t(lang, 'check.fixed', { count, files: changed.length, fileWord: t(lang, changed.length === 1 ? 'word.file.one' : 'word.file.many') })}\n`);
  }
  const { defaultCacheLocation } = await import('../../check/cache.js');
  const cacheLocation = flags.cache || flags.cacheLocation ? cacheFile(path.resolve(io.cwd, flags.cacheLocation ?? defaultCacheLocation(io.cwd))) : undefined;
  const inputs: NamedFile[] = [];
  const checked = await run.checkPaths(
    paths.filter((p) => p !== '-'),
    { ...options, stdin, cacheLocation, cacheDisplay: flags.cacheLocation, concurrency: flags.concurrency ?? 'auto', inputs },
  );
  const report = await applyBaseline(checked, flags, io.cwd, inputs);
  // The exit code counts every warning; --quiet only keeps them off the screen, as in ESLint.
  const exitCode = exitCodeFor(report.summary, flags, lang, io);
  const shown = flags.quiet ? errorsOnly(report) : report;

  const format = (flags.format && flags.format !== 'auto' ? flags.format : io.env['GITHUB_ACTIONS'] === 'true' ? 'github' : 'stylish') as FormatName;
  // GitHub and code scanning attach a path to a file from the repository root, wherever dekom ran.
  const root = ROOTED_FORMATS.has(format) ? repositoryRoot(io.cwd, io.env) : undefined;
  const located = root === undefined ? shown : relativeToRoot(shown, io.cwd, root);
  const toFile = flags.output !== undefined;
  const chalk = new Chalk({ level: toFile ? 0 : colourLevel(io, io.stdoutIsTTY) });
  const text = FORMATTERS[format](located, { lang, chalk, version: VERSION, links: flags.links === true, sourceRoot: root, failSeverity: flags.failSeverity, continuable: await offerContinue(format, stdin?.filename) });
  if (toFile) {
    const { writeFileAtomic } = await import('../../util/atomic-write.js');
    const { REPORT_KIND } = await import('../../check/formatters/recognise.js');
    // A report is replaced run after run, like ESLint's -o; a plan, or anyone's other file, never is.
    writeFileAtomic(path.resolve(io.cwd, flags.output!), text, { force: true, display: flags.output, option: '--output', inputs, ownKind: REPORT_KIND });
  } else io.stdout(text);
  const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
  // The summary counts every problem, warnings too under --quiet: it is where nothing goes unsaid.
  if (format === 'github' && summaryFile) appendStepSummary(summaryFile, githubStepSummary(relativeToRoot(report, io.cwd, root!), lang), lang, io);
  return exitCode;
}

/** `--fix-dry-run`: the fixes as a unified diff; the exit code is the one the fixed plans would get. */
async function fixDryRun(
  paths: readonly string[],
  stdin: { bytes: Uint8Array; filename: string } | undefined,
  options: { cwd: string; lang: Lang; today?: string; configFile?: string; errorOnUnmatched: boolean; plansOnly?: boolean },
  lang: Lang,
  io: CommandContext['io'],
): Promise<number> {
  const [{ fixPaths, fixPlan }, { openPlan }, { createTwoFilesPatch }] = await Promise.all([
    import('../../check/fix-plan.js'),
    import('../../check/open.js'),
    import('diff'),
  ]);
  const open = { cwd: options.cwd, lang, ...(options.today ? { today: options.today } : {}), ...(options.configFile ? { configFile: options.configFile } : {}) };
  const fixes = [
    ...(stdin ? [fixPlan(stdin.filename, stdin.filename, { ...open, bytes: stdin.bytes })] : []),
    ...(paths.length > 0 || !stdin ? fixPaths(paths, { ...options, write: false }) : []),
  ];
  let errors = 0;
  let changed = 0;
  for (const fix of fixes) {
    if (fix.after !== fix.before) {
      changed++;
      // As git prints it, so `git apply` and `patch -p1` take it.
      const patch = createTwoFilesPatch(`a/${fix.file}`, `b/${fix.file}`, fix.before, fix.after, undefined, undefined, { context: 3 });
      io.stdout(patch.replace(/^(Index: .*\n)?=+\n/, '').replace(/^(---|\+\+\+) (.*)\t$/gm, '$1 $2'));
    }
    errors += openPlan(fix.absolute, fix.file, { ...open, bytes: Buffer.from(fix.after, 'utf8') }).result.problems.filter((p) => p.severity === 'error').length;
  }
  io.stderr(`dekom: ${t(lang, changed > 0 ? 'check.fixDryRun' : 'check.nothingToFix', { files: changed, fileWord: t(lang, changed === 1 ? 'word.file.one' : 'word.file.many') })}\n`);
  return errors > 0 ? EXIT.problems : EXIT.ok;
}

const ROOTED_FORMATS: ReadonlySet<FormatName> = new Set(['github', 'sarif']);

/** The run's summary page on GitHub; a summary that cannot be written costs a warning, not the check. */
function appendStepSummary(file: string, markdown: string, lang: Lang, io: CommandContext['io']): void {
  try {
    appendFileSync(file, markdown);
  } catch (error) {
    const reason = reasonText(lang, (error as NodeJS.ErrnoException).code ?? String(error));
    io.stderr(`dekom: ${t(lang, 'stepSummary.unwritable', { path: file, reason })}\n`);
  }
}

function exitCodeFor(summary: Summary, flags: CheckFlags, lang: Lang, io: CommandContext['io']): number {
  const { errors, warnings } = summary;
  if (errors > 0 || (flags.failSeverity === 'warning' && warnings > 0)) return EXIT.problems;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr(`dekom: ${t(lang, 'warnings.tooMany', { warnings, max: flags.maxWarnings })}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}

function errorsOnly(report: Report): Report {
  const files = report.files.map((file) => ({ ...file, problems: file.problems.filter((p) => p.severity === 'error') }));
  return { files, summary: summarise(files) };
}

/** `--suppress-all` records today's errors as accepted; later runs hide them until they change. */
async function applyBaseline(report: Report, flags: CheckFlags, cwd: string, inputs: readonly NamedFile[]): Promise<Report> {
  const [suppressions, { assertWritable }] = await Promise.all([import('../../check/suppressions.js'), import('../../util/atomic-write.js')]);
  const location = path.resolve(cwd, flags.suppressionsLocation ?? suppressions.SUPPRESSIONS_FILE);
  const display = flags.suppressionsLocation ?? suppressions.SUPPRESSIONS_FILE;
  const writing = flags.suppressAll === true || flags.pruneSuppressions === true;
  if (writing) assertWritable(location, { force: true, display, option: '--suppressions-location', inputs, ownKind: suppressions.SUPPRESSIONS_KIND });
  const existing = suppressions.readSuppressions(location, display);
  if (flags.suppressAll) {
    suppressions.writeSuppressions(location, { ...existing, ...suppressions.countErrors(report.files) }, { display, inputs, option: '--suppressions-location' });
  } else if (flags.pruneSuppressions) {
    suppressions.writeSuppressions(location, suppressions.pruneSuppressions(existing, report.files), { display, inputs, option: '--suppressions-location' });
  }
  const accepted = suppressions.readSuppressions(location, display);
  if (Object.keys(accepted).length === 0) return report;
  const files = suppressions.applySuppressions(report.files, accepted);
  return { files, summary: summarise(files) };
}

/** A folder given as the cache location holds the cache, as ESLint's `--cache-location` does. */
function cacheFile(location: string): string {
  try {
    return statSync(location, { throwIfNoEntry: false })?.isDirectory() ? path.join(location, '.dekomcache') : location;
  } catch {
    // A link loop or a locked folder: the write says so in its own words.
    return location;
  }
}

/** A plan from standard input; a stream past the size of any plan is not read on, and stops the command. */
async function readPlanFromStdin(io: CommandContext['io']): Promise<Uint8Array> {
  const { MAX_PLAN_BYTES } = await import('../../load/limits.js');
  const bytes = await io.readStdin(MAX_PLAN_BYTES);
  if (bytes.byteLength > MAX_PLAN_BYTES) throw new DekomError('error.stdinTooLarge', { size: `${MAX_PLAN_BYTES / 1024 / 1024} MB` });
  return bytes;
}

/** A plan read from stdin is no file to continue in the questions; the others are, when a question answers an error. */
async function offerContinue(format: FormatName, stdinName: string | undefined): Promise<((file: FileResult) => boolean) | undefined> {
  // Only the report for people offers it; the questions' fields load only for that one.
  if (format !== 'stylish') return undefined;
  const { continuable } = await import('../../init/continue-questions.js');
  return (file) => file.file !== stdinName && continuable(file.type, file.problems);
}
