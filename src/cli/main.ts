import { Command, CommanderError, Option } from 'commander';
import { DekomError, EXIT } from '../errors.js';
import { reasonText, t, type Lang } from '../messages/catalogue.js';
import { helpCommandTerm, helpConfiguration } from './help.js';
import type { Io } from '../util/io.js';
import { LANGS, parseChoice, resolveLang } from './options.js';
import { registerCheck } from './commands/check.js';
import { registerImport } from './commands/import.js';
import { registerInit } from './commands/init.js';
import { registerRender } from './commands/render.js';
import { registerRules } from './commands/rules.js';
import { registerSchema } from './commands/schema.js';
import { registerStatus } from './commands/status.js';
import { registerCalendar } from './commands/calendar.js';
import { registerInnstilling } from './commands/innstilling.js';

import { printable } from '../util/terminal-text.js';
import { VERSION } from '../version.js';

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
  const asked = argv[0] === 'help' ? argv[1] : undefined;
  if (asked !== undefined && !asked.startsWith('-') && !COMMAND_NAMES.includes(asked)) {
    // Commander would print the whole help here; git and npm name the unknown command instead.
    const { nearest } = await import('../util/suggest.js');
    const suggestion = nearest(asked, COMMAND_NAMES);
    io.stderr(`dekom: ${printable(t(lang, 'cli.unknownCommand', { command: asked, hint: suggestion ? t(lang, 'cli.didYouMean', { suggestion }) : '' }))}\n`);
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, lang, io, argv);
  }
}

function reportError(error: unknown, lang: Lang, io: Io, argv: readonly string[]): number {
  if (error instanceof CommanderError) {
    // Help and version end through this path too, with code 0.
    if (error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
    // `dekom` alone: commander has printed the help to stderr; there is nothing to add but the exit code.
    if (error.code === 'commander.help') return EXIT.usage;
    io.stderr(`dekom: ${usageMessage(error, lang, argv)}\n`);
    return EXIT.usage;
  }
  if (error instanceof DekomError) {
    const localized = Object.fromEntries(Object.entries(error.localized).map(([name, text]) => [name, text[lang]]));
    const args = { ...error.args, ...localized, ...('reason' in error.args ? { reason: reasonText(lang, error.args['reason']) } : {}) };
    // Messages carry names and values from files and arguments: nothing in them may drive the terminal.
    io.stderr(`dekom: ${printable(t(lang, error.key, args))}\n`);
    if (io.env['DEKOM_DEBUG'] === '1' && error.stack) io.stderr(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr(`dekom: ${printable(t(lang, 'error.internal', { message }))}\n`);
  if (io.env['DEKOM_DEBUG'] === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
  return EXIT.usage;
}

/** Commander's parse errors, told in the catalogue's words with the way out. */
function usageMessage(error: CommanderError, lang: Lang, argv: readonly string[]): string {
  const name = argv.find((arg) => COMMAND_NAMES.includes(arg));
  const command = name ? `dekom ${name}` : 'dekom';
  const quoted = (pattern: RegExp) => pattern.exec(error.message)?.[1] ?? '';
  const suggestion = quoted(/Did you mean (\S+?)\??\)?$/m);
  const hint = suggestion ? t(lang, 'cli.didYouMean', { suggestion }) : '';
  switch (error.code) {
    case 'commander.unknownOption':
      return t(lang, 'cli.unknownOption', { option: quoted(/unknown option '([^']+)'/), hint, command });
    case 'commander.unknownCommand':
      return t(lang, 'cli.unknownCommand', { command: quoted(/unknown command '([^']+)'/), hint });
    case 'commander.invalidArgument':
      // The parsers' own messages come from the catalogue already; commander wraps them.
      return t(lang, 'cli.invalidArgument', { detail: error.message.replace(/^error: .*? is invalid\.\s*/s, '') });
    case 'commander.missingArgument':
      return t(lang, 'cli.missingArgument', { argument: quoted(/missing required argument '([^']+)'/), command });
    case 'commander.optionMissingArgument':
      return t(lang, 'cli.optionMissingArgument', { option: quoted(/option '([^']+)' argument missing/), command });
    case 'commander.excessArguments':
      return t(lang, 'cli.excessArguments', { command });
    default:
      return error.message.replace(/^error: /, '');
  }
}

const COMMAND_NAMES = ['init', 'check', 'render', 'import', 'status', 'calendar', 'innstilling', 'rules', 'schema', 'help'];

function buildProgram(lang: Lang, io: Io, setExit: (code: number) => void): Command {
  const program = new Command('dekom');
  const configure = (command: Command) =>
    command
      .exitOverride()
      .configureOutput({
        writeOut: io.stdout,
        writeErr: io.stderr,
        // Parse errors are printed once, translated, where they are caught.
        outputError: () => {},
      })
      .configureHelp(helpConfiguration(lang))
      .helpOption('-h, --help', t(lang, 'help.help'));
  configure(program)
    .description(t(lang, 'help.program'))
    .version(VERSION, '-V, --version', t(lang, 'help.version'))
    .addOption(new Option('--lang <lang>', t(lang, 'help.lang')).argParser(parseChoice(lang, 'error.badLang', LANGS)))
    .helpCommand(helpCommandTerm(lang), t(lang, 'help.helpCommand'))
    .showSuggestionAfterError(true)
    .addHelpText('after', `\n${t(lang, 'help.exitCodes')}\n`);
  const context = { lang, io, setExit, configure };
  registerInit(program, context);
  registerCheck(program, context);
  registerRender(program, context);
  registerImport(program, context);
  registerStatus(program, context);
  registerCalendar(program, context);
  registerInnstilling(program, context);
  registerRules(program, context);
  registerSchema(program, context);
  return program;
}
