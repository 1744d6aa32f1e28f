import { InvalidArgumentError, Option, type Command } from 'commander';
import path from 'node:path';
import { EXIT } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { statusText } from '../../messages/status.js';
import { STATUS_FORMATS, type StatusFormat } from '../../status/formatters/types.js';
import type { CommandContext } from '../context.js';
import { parseChoice, parseConcurrency, parseDate } from '../options.js';

export interface StatusFlags {
  format?: StatusFormat;
  output?: string;
  innen?: number;
  for?: string;
  today?: string;
  config?: string;
  force?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: number | 'auto';
}

/** Below this many plans the run is over before a progress line could be read. */
const PROGRESS_FROM = 100;
const PROGRESS_EVERY_MS = 100;

function parseDays(lang: CommandContext['lang']) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(statusText(lang, 'error.badDays', { value }));
    return Number(value);
  };
}

export function registerStatus(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('status'))
    .description(statusText(lang, 'help.status'))
    .argument('[paths...]', statusText(lang, 'help.status.paths'))
    .option('-f, --format <format>', statusText(lang, 'help.status.format', { formats: STATUS_FORMATS.join(', ') }), parseChoice(lang, 'error.badFormat', STATUS_FORMATS))
    .option('-o, --output <file>', statusText(lang, 'help.status.output'))
    .option('--innen <days>', statusText(lang, 'help.status.within'), parseDays(lang), 30)
    .addOption(new Option('--within <days>').argParser(parseDays(lang)).hideHelp())
    .option('--for <name>', statusText(lang, 'help.status.for'))
    .option('--today <date>', statusText(lang, 'help.status.today'), parseDate(lang))
    .option('-c, --config <file>', t(lang, 'help.check.config'))
    .option('--force', statusText(lang, 'help.status.force'))
    .option('--cache', t(lang, 'help.check.cache'))
    .option('--cache-location <file>', t(lang, 'help.check.cacheLocation'))
    .option('--concurrency <n>', t(lang, 'help.check.concurrency'), parseConcurrency(lang))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom status planer\n  dekom status planer --innen 14 --for "Kari Nordmann"\n  dekom status planer --format csv -o status.csv\n  dekom status planer --format md > STATUS.md\n  dekom status planer -o status.docx\n\n${t(lang, 'help.exitCodes')}\n`,
    )
    .action(async (paths: string[], flags: StatusFlags & { within?: number }) => {
      context.setExit(await runStatus(paths, { ...flags, innen: flags.within ?? flags.innen }, context));
    });
}

/** The output's format: the flag, else the output file's extension, else the table. */
function formatOf(flags: StatusFlags): StatusFormat {
  if (flags.format) return flags.format;
  const extension = flags.output ? path.extname(flags.output).toLowerCase() : '';
  const byExtension: Record<string, StatusFormat> = { '.md': 'md', '.csv': 'csv', '.json': 'json', '.docx': 'docx' };
  return byExtension[extension] ?? 'table';
}

/** The command's work, apart from its flags, for tests in-process. */
export async function runStatus(paths: readonly string[], flags: StatusFlags, { lang, io }: CommandContext): Promise<number> {
  const [{ planStatus }, { STATUS_FORMATTERS }, { Chalk }, { colourLevel }, { todayIso }, { DekomError }] = await Promise.all([
    import('../../status/status.js'),
    import('../../status/formatters/index.js'),
    import('chalk'),
    import('../../util/io.js'),
    import('../../util/dates.js'),
    import('../../errors.js'),
  ]);
  const format = formatOf(flags);
  const output = flags.output === undefined || flags.output === '-' ? undefined : path.resolve(io.cwd, flags.output);
  if (format === 'docx' && output === undefined) throw new DekomError('error.usage', { message: statusText(lang, 'error.docxNeedsOutput') });
  const { assertWritable, writeFileAtomic } = await import('../../util/atomic-write.js');
  const inputs: Array<{ path: string; display: string }> = [];
  if (output !== undefined) assertWritable(output, { force: flags.force, display: flags.output, option: '--output', inputs });
  let cacheLocation: string | undefined;
  if (flags.cache || flags.cacheLocation) {
    const { defaultCacheLocation } = await import('../../check/cache.js');
    cacheLocation = path.resolve(io.cwd, flags.cacheLocation ?? defaultCacheLocation(io.cwd));
  }
  const progress = progressLine(lang, io);
  const report = await planStatus(paths, {
    cwd: io.cwd,
    lang,
    today: flags.today ?? todayIso(),
    within: flags.innen ?? 30,
    ...(flags.for !== undefined ? { for: flags.for } : {}),
    configFile: flags.config,
    cacheLocation,
    cacheDisplay: flags.cacheLocation,
    concurrency: flags.concurrency ?? 'auto',
    inputs,
    onProgress: progress.update,
  }).finally(progress.clear);

  let content: string | Uint8Array;
  if (format === 'docx') {
    const { statusDocx } = await import('../../status/docx.js');
    content = await statusDocx(report, lang);
  } else {
    const chalk = new Chalk({ level: output === undefined ? colourLevel(io, io.stdoutIsTTY) : 0 });
    content = STATUS_FORMATTERS[format](report, { lang, chalk });
  }
  // The plans read are inputs too: the report must never land on one of them.
  if (output !== undefined) writeFileAtomic(output, content, { force: flags.force, display: flags.output, option: '--output', inputs });
  else io.stdout(content as string);
  return EXIT.ok;
}

/** "Leser planer: 1200 av 3000" on a terminal's standard error, rewritten in place, gone when done. */
function progressLine(lang: CommandContext['lang'], io: CommandContext['io']): { update?: (done: number, total: number) => void; clear: () => void } {
  if (!io.stderrIsTTY || io.env['CI']) return { clear: () => {} };
  let shown = false;
  let last = 0;
  return {
    update: (done, total) => {
      if (total < PROGRESS_FROM) return;
      const now = Date.now();
      if (done < total && now - last < PROGRESS_EVERY_MS) return;
      last = now;
      shown = true;
      io.stderr(`\r${statusText(lang, 'progress', { done, total })}\u001b[K`);
    },
    clear: () => {
      if (shown) io.stderr('\r\u001b[K');
    },
  };
}
