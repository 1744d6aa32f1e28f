import type { Command } from 'commander';
import { t } from '../../messages/catalogue.js';
import type { InitFlags } from '../../init/command.js';
import { KINDS } from '../../kinds/index.js';
import type { CommandContext } from '../context.js';
import { parseChoice } from '../options.js';

export function registerInit(program: Command, context: CommandContext): void {
  const { lang } = context;
  context
    .configure(program.command('init'))
    .description(t(lang, 'help.init'))
    .argument('[file]', t(lang, 'help.init.file'), 'plan.yaml')
    .option('-t, --type <kind>', t(lang, 'help.init.type', { kinds: KINDS.join(', ') }), parseChoice(lang, 'error.badKind', KINDS))
    .option('-y, --yes', t(lang, 'help.init.yes'))
    .option('-a, --answers <file.yaml>', t(lang, 'help.init.answers'))
    .option('--force', t(lang, 'help.init.force'))
    .addHelpText(
      'after',
      `\n${t(lang, 'help.title.examples')}\n  dekom init\n  dekom init --type skoleplan skoleplan.yaml\n  dekom init --yes --type nettverksplan nettverk.yaml\n  dekom init --answers svar.yaml plan.yaml\n`,
    )
    .action(async (file: string, flags: InitFlags) => {
      const { runInit } = await import('../../init/command.js');
      // The prompts need the real terminal; it is handed over only when stdin is one.
      const terminal = context.io.stdinIsTTY ? { input: process.stdin, output: process.stdout, columns: process.stdout.columns ?? 80 } : undefined;
      context.setExit(await runInit(file, flags, context, terminal));
    });
}
