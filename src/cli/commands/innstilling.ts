import { InvalidArgumentError, Option, type Command } from 'commander';
import path from 'node:path';
import { EXIT } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { counted, statusText } from '../../messages/status.js';
import type { CommandContext } from '../context.js';
import { parseDate } from '../options.js';

export interface InnstillingFlags {
  år?: number;
  year?: number;
  output?: string;
  fylke?: string;
  today?: string;
  config?: string;
  force?: boolean;
}

function parseYear(lang: CommandContext['lang']) {
  return (value: string): number => {
    if (!/^\d{4}$/.test(value)) throw new InvalidArgumentError(statusText(lang, 'error.badYear', { value }));
    return Number(value);
  };
}

export function registerInnstilling(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('innstilling'))
    .description(statusText(lang, 'help.innstilling'))
    .argument('[paths...]', statusText(lang, 'help.status.paths'))
    .option('--år <year>', statusText(lang, 'help.innstilling.year'), parseYear(lang))
    .addOption(new Option('--year <year>').argParser(parseYear(lang)).hideHelp())
    .option('-o, --output <file>', statusText(lang, 'help.innstilling.output'))
    .option('--fylke <name>', statusText(lang, 'help.innstilling.county'))
    .option('--today <date>', t(lang, 'help.check.today'), parseDate(lang))
    .option('-c, --config <file>', t(lang, 'help.check.config'))
    .option('--force', statusText(lang, 'help.status.force'))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom innstilling planer --år 2027 --fylke Agder -o innstilling.yaml\n  dekom check innstilling.yaml && dekom render innstilling.yaml -o innstilling.docx\n\n${t(lang, 'help.exitCodes')}\n`,
    )
    .action(async (paths: string[], flags: InnstillingFlags) => {
      context.setExit(await runInnstilling(paths, flags, context));
    });
}

/** The command's work, apart from its flags, for tests in-process. */
export async function runInnstilling(paths: readonly string[], flags: InnstillingFlags, { lang, io }: CommandContext): Promise<number> {
  const [{ checkPaths }, { openPlan }, { draftInnstilling, draftText, SOURCE_KINDS }, { assertWritable, writeFileAtomic }, { FORMATTERS }, { Chalk }, { colourLevel }, { formatKroner }, { DekomError }] = await Promise.all([
    import('../../check/run.js'),
    import('../../check/open.js'),
    import('../../innstilling/draft.js'),
    import('../../util/atomic-write.js'),
    import('../../check/formatters/index.js'),
    import('chalk'),
    import('../../util/io.js'),
    import('../../innstilling/kroner.js'),
    import('../../errors.js'),
  ]);
  const year = flags.år ?? flags.year;
  if (year === undefined) throw new DekomError('cli.optionMissingArgument', { option: '--år', command: 'dekom innstilling' });
  const display = flags.output ?? 'innstilling.yaml';
  const output = path.resolve(io.cwd, display);
  const inputs: Array<{ path: string; display: string }> = [];
  assertWritable(output, { force: flags.force, display, option: '--output', inputs });
  const report = await checkPaths(paths, { cwd: io.cwd, lang, today: flags.today, configFile: flags.config, inputs });
  const sources = report.files
    .filter((file) => file.type !== null && SOURCE_KINDS.has(file.type))
    .flatMap((file) => {
      const opened = openPlan(file.file, file.file, { cwd: io.cwd, lang, ...(flags.config ? { configFile: flags.config } : {}) });
      return opened.plan ? [{ file: file.file, plan: opened.plan }] : [];
    });
  const draft = draftInnstilling(sources, year, flags.fylke);
  const written = statusText(lang, 'innstilling.written', { year, path: display, measures: draft.traces.length, plans: draft.sources, planWord: counted(lang, 'word.plan', draft.sources) });
  const text = draftText(draft, written);
  writeFileAtomic(output, text, { force: flags.force, display, option: '--output', inputs });

  const money = (sums: Record<string, number>) => Object.entries(sums).map(([name, sum]) => `${name} ${formatKroner(sum)}`).join(', ') || '–';
  io.stderr(`${written}\n`);
  io.stderr(`${statusText(lang, 'innstilling.sums', { total: formatKroner(draft.sums.total), schemes: money(Object.fromEntries(Object.entries(draft.sums.perScheme).map(([k, v]) => [k.toUpperCase(), v]))), networks: money(draft.sums.perNetwork), uh: money(draft.sums.perUh) })}\n`);
  if (draft.blockers.length) {
    io.stderr(`${statusText(lang, 'innstilling.blocked')}\n`);
    for (const blocker of draft.blockers) io.stderr(`  - ${statusText(lang, `innstilling.${blocker.key}`, { measure: blocker.measure ?? '', file: blocker.file ?? '', row: blocker.row ?? '', year })}\n`);
  }
  // The draft is checked as any plan is, so what the forum must still fill in is named with its line.
  const checked = openPlan(output, display, { cwd: io.cwd, lang, ...(flags.today ? { today: flags.today } : {}) });
  const chalk = new Chalk({ level: colourLevel(io, io.stdoutIsTTY) });
  io.stdout(FORMATTERS.stylish({ files: [checked.result], summary: { files: 1, errors: checked.result.problems.filter((p) => p.severity === 'error').length, warnings: checked.result.problems.filter((p) => p.severity === 'warning').length } }, { lang, chalk }));
  return EXIT.ok;
}
