import type { Argument, Command, HelpConfiguration, Option } from 'commander';
import { t, type Lang, type MessageKey } from '../messages/catalogue.js';

const TITLES: Readonly<Record<string, MessageKey>> = {
  'Usage:': 'help.title.usage',
  'Options:': 'help.title.options',
  'Commands:': 'help.title.commands',
  'Arguments:': 'help.title.arguments',
  'Global Options:': 'help.title.globalOptions',
};

/** `<file>`, `[paths...]`: an argument as usage lines show it. */
function argumentTerm(argument: Argument): string {
  const name = argument.name() + (argument.variadic ? '...' : '');
  return argument.required ? `<${name}>` : `[${name}]`;
}

/** "(standard: md, mulige verdier: md, docx)": what commander adds after a description, in the reader's words. */
function withExtras(description: string, extras: readonly string[]): string {
  if (extras.length === 0) return description;
  const joined = `(${extras.join(', ')})`;
  return description ? `${description} ${joined}` : joined;
}

function choicesOf(lang: Lang, choices: readonly string[] | undefined): string[] {
  return choices ? [t(lang, 'help.choices', { values: choices.map((choice) => JSON.stringify(choice)).join(', ') })] : [];
}

/**
 * Commander's own words in help output (`Usage:`, `[options]`, `(default: …)`) in the
 * reader's language; the layout stays commander's.
 */
export function helpConfiguration(lang: Lang): HelpConfiguration {
  const options = `[${t(lang, 'help.term.options')}]`;
  const command = `[${t(lang, 'help.term.command')}]`;
  return {
    showGlobalOptions: true,
    styleTitle: (title) => (TITLES[title] ? t(lang, TITLES[title]) : title),
    commandUsage(cmd: Command): string {
      const parents: string[] = [];
      for (let parent = cmd.parent; parent; parent = parent.parent) parents.unshift(parent.name());
      const words = [options, ...(cmd.commands.length > 0 ? [command] : []), ...cmd.registeredArguments.map(argumentTerm)];
      return [...parents, cmd.name(), ...words].join(' ');
    },
    subcommandTerm(cmd: Command): string {
      return [cmd.name(), ...(cmd.options.length > 0 ? [options] : []), ...cmd.registeredArguments.map(argumentTerm)].join(' ');
    },
    optionDescription(option: Option): string {
      const shown = option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean');
      const extras = [
        ...choicesOf(lang, option.argChoices),
        ...(option.defaultValue !== undefined && shown ? [t(lang, 'help.default', { value: option.defaultValueDescription ?? JSON.stringify(option.defaultValue) })] : []),
      ];
      return withExtras(option.description, extras);
    },
    argumentDescription(argument: Argument): string {
      const extras = [
        ...choicesOf(lang, argument.argChoices),
        ...(argument.defaultValue !== undefined ? [t(lang, 'help.default', { value: argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue) })] : []),
      ];
      return withExtras(argument.description, extras);
    },
  };
}

/** `help [kommando]`: the help command's own usage, as git and npm have it. */
export function helpCommandTerm(lang: Lang): string {
  return `help [${t(lang, 'help.term.command')}]`;
}
