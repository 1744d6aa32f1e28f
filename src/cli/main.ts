import { Command, CommanderError, Option } from 'commander';
import { DekomError, EXIT } from '../errors.js';
import { t, type Lang, type MessageKey } from '../messages/catalogue.js';
import type { Io } from './io.js';
import { LANGS, parseChoice, resolveLang } from './options.js';
import { registerCheck } from './commands/check.js';
import { registerInit } from './commands/init.js';
import { registerRender } from './commands/render.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';

declare const __DEKOM_VERSION__: string | undefined;
export const VERSION = typeof __DEKOM_VERSION__ === 'string' ? __DEKOM_VERSION__ : '0.0.0-dev';

/** What a command's action resolves to; only `main` turns it into an exit code. */
export type CommandResult = Promise<number>;

/**
 * Runs dekom with the given arguments (without `node` and the script) and returns the exit
 * code. Only this function and `bin/dekom.js` know about the process.
 */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const lang = resolveLang(argv, io.env);
  let exitCode: number = EXIT.ok;
  const program = buildProgram(lang, io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, lang, io);
  }
}

function reportError(error: unknown, lang: Lang, io: Io): number {
  if (error instanceof CommanderError) {
    // Help and version end through this path too, with code 0.
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    return EXIT.usage;
  }
  if (error instanceof DekomError) {
    io.stderr(`dekom: ${t(lang, error.key, error.args)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`dekom: ${t(lang, 'error.internal', { message })}\n`);
  if (io.env['DEKOM_DEBUG'] === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.usage;
}

const HELP_TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.title.usage',
  'Options:': 'help.title.options',
  'Commands:': 'help.title.commands',
  'Arguments:': 'help.title.arguments',
  'Global Options:': 'help.title.globalOptions',
};

function buildProgram(lang: Lang, io: Io, setExit: (code: number) => void): Command {
  const program = new Command('dekom');
  const configure = (command: Command) =>
    command
      .exitOverride()
      .configureOutput({
        writeOut: io.stdout,
        writeErr: io.stderr,
        outputError: (message, write) => write(`dekom: ${message.replace(/^error: /, '')}`),
      })
      .configureHelp({ styleTitle: (title) => (HELP_TITLES[title] ? t(lang, HELP_TITLES[title]) : title), showGlobalOptions: true })
      .helpOption('-h, --help', t(lang, 'help.help'));
  configure(program)
    .description(t(lang, 'help.program'))
    .version(VERSION, '-V, --version', t(lang, 'help.version'))
    .addOption(new Option('--lang <lang>', t(lang, 'help.lang')).argParser(parseChoice(lang, 'error.badLang', LANGS)))
    .helpCommand(false)
    .showSuggestionAfterError(true)
    .addHelpText('after', `\n${t(lang, 'help.exitCodes')}\n`);
  const context = { lang, io, setExit, configure };
  registerInit(program, context);
  registerCheck(program, context);
  registerRender(program, context);
  registerRules(program, context);
  registerSchema(program, context);
  return program;
}

export interface CommandContext {
  lang: Lang;
  io: Io;
  setExit(code: number): void;
  /** Applies the shared output, error and help settings to a new subcommand. */
  configure(command: Command): Command;
}
