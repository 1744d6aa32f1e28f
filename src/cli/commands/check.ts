import type { Command } from 'commander';
import path from 'node:path';
import { FORMAT_NAMES, type FormatName } from '../../check/formatters/index.js';
import { EXIT } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import type { CommandContext } from '../main.js';
import { parseChoice, parseCount, parseDate, todayIso } from '../options.js';

export interface CheckFlags {
  format?: FormatName;
  output?: string;
  quiet?: boolean;
  maxWarnings?: number;
  today?: string;
  lang?: string;
}

export function registerCheck(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('check'))
    .description(t(lang, 'help.check'))
    .argument('[paths...]', t(lang, 'help.check.paths'))
    .option('-f, --format <format>', t(lang, 'help.check.format', { formats: FORMAT_NAMES.join(', ') }), parseChoice(lang, 'error.badFormat', FORMAT_NAMES))
    .option('-o, --output <file>', t(lang, 'help.check.output'))
    .option('-q, --quiet', t(lang, 'help.check.quiet'))
    .option('--max-warnings <n>', t(lang, 'help.check.maxWarnings'), parseCount(lang))
    .option('--today <date>', t(lang, 'help.check.today'), parseDate(lang))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom check examples\n  dekom check plan.yaml --format json\n  dekom check "planer/**/*.yaml" --max-warnings 0 --today 2026-03-15\n`,
    )
    .action(async (paths: string[], flags: CheckFlags) => {
      context.setExit(await runCheck(paths, flags, context));
    });
}

/** The command's work, separate from its flags so tests can call it in-process. */
export async function runCheck(paths: readonly string[], flags: CheckFlags, { lang, io }: CommandContext): Promise<number> {
  const [{ checkPaths }, { FORMATTERS }, { Chalk }] = await Promise.all([
    import('../../check/run.js'),
    import('../../check/formatters/index.js'),
    import('chalk'),
  ]);
  const { colourLevel } = await import('../io.js');
  const report = checkPaths(paths, { cwd: io.cwd, lang, today: flags.today ?? todayIso(), quiet: flags.quiet });
  const toFile = flags.output !== undefined;
  const chalk = new Chalk({ level: toFile ? 0 : colourLevel(io, io.stdoutIsTTY) });
  const text = FORMATTERS[flags.format ?? 'stylish'](report, { lang, chalk });
  if (toFile) {
    const { writeFileAtomic } = await import('../../util/atomic-write.js');
    writeFileAtomic(path.resolve(io.cwd, flags.output!), text, { force: true, display: flags.output });
  } else io.stdout(text);

  const { errors, warnings } = report.summary;
  if (errors > 0) return EXIT.problems;
  if (flags.maxWarnings !== undefined && warnings > flags.maxWarnings) {
    io.stderr(`dekom: ${t(lang, 'warnings.tooMany', { warnings, max: flags.maxWarnings })}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
