import type { Command } from 'commander';
import path from 'node:path';
import { EXIT } from '../../errors.js';
import { t } from '../../messages/catalogue.js';
import { counted, statusText } from '../../messages/status.js';
import type { CommandContext } from '../context.js';
import { parseConcurrency, parseDate } from '../options.js';

export interface CalendarFlags {
  output?: string;
  todo?: boolean;
  for?: string;
  today?: string;
  config?: string;
  force?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  concurrency?: number | 'auto';
}

export function registerCalendar(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('calendar'))
    .description(statusText(lang, 'help.calendar'))
    .argument('[paths...]', statusText(lang, 'help.status.paths'))
    .option('-o, --output <file>', statusText(lang, 'help.calendar.output'))
    .option('--todo', statusText(lang, 'help.calendar.todo'))
    .option('--for <name>', statusText(lang, 'help.calendar.for'))
    .option('--today <date>', statusText(lang, 'help.calendar.today'), parseDate(lang))
    .option('-c, --config <file>', t(lang, 'help.check.config'))
    .option('--force', statusText(lang, 'help.status.force'))
    .option('--cache', t(lang, 'help.check.cache'))
    .option('--cache-location <file>', t(lang, 'help.check.cacheLocation'))
    .option('--concurrency <n>', t(lang, 'help.check.concurrency'), parseConcurrency(lang))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom calendar planer -o planer.ics\n  dekom calendar planer --for "Kari Nordmann" --todo -o kari.ics\n  dekom calendar plan.yaml > plan.ics\n\n${t(lang, 'help.exitCodes')}\n`,
    )
    .action(async (paths: string[], flags: CalendarFlags) => {
      context.setExit(await runCalendar(paths, flags, context));
    });
}

/** The command's work, apart from its flags, for tests in-process. */
export async function runCalendar(paths: readonly string[], flags: CalendarFlags, { lang, io }: CommandContext): Promise<number> {
  const [{ checkPaths }, { calendarOf }, { assertWritable, writeFileAtomic }, { VERSION }] = await Promise.all([
    import('../../check/run.js'),
    import('../../calendar/ics.js'),
    import('../../util/atomic-write.js'),
    import('../../version.js'),
  ]);
  const output = flags.output === undefined || flags.output === '-' ? undefined : path.resolve(io.cwd, flags.output);
  const inputs: Array<{ path: string; display: string }> = [];
  if (output !== undefined) assertWritable(output, { force: flags.force, display: flags.output, option: '--output', inputs });
  let cacheLocation: string | undefined;
  if (flags.cache || flags.cacheLocation) {
    const { defaultCacheLocation } = await import('../../check/cache.js');
    cacheLocation = path.resolve(io.cwd, flags.cacheLocation ?? defaultCacheLocation(io.cwd));
  }
  const report = await checkPaths(paths, {
    cwd: io.cwd,
    lang,
    today: flags.today,
    configFile: flags.config,
    cacheLocation,
    cacheDisplay: flags.cacheLocation,
    concurrency: flags.concurrency ?? 'auto',
    inputs,
  });
  const stamp = flags.today ? `${flags.today.replace(/-/g, '')}T000000Z` : new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const calendar = calendarOf(report.files, { lang, todo: flags.todo, ...(flags.for !== undefined ? { for: flags.for } : {}), stamp, version: VERSION });
  if (output === undefined) {
    io.stdout(calendar.text);
    return EXIT.ok;
  }
  writeFileAtomic(output, calendar.text, { force: flags.force, display: flags.output, option: '--output', inputs });
  const plans = report.files.filter((file) => file.facts).length;
  io.stderr(
    `${statusText(lang, 'calendar.written', {
      events: calendar.events,
      eventWord: counted(lang, 'word.event', calendar.events),
      todos: calendar.todos,
      todoWord: counted(lang, 'word.todo', calendar.todos),
      plans,
      planWord: counted(lang, 'word.plan', plans),
      path: flags.output!,
    })}\n`,
  );
  return EXIT.ok;
}
